import { expect, expectAccessible, test } from './fixtures';

test('a new desk goes through the first-run wizard, then the administrator logs in', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Bienvenue|Configuration|Guichet/);
  await expectAccessible(page);

  await page.getByLabel('Nom du lieu').fill('Médiathèque Jean-Jaurès');
  await page.getByRole('radio', { name: /Médiathèque/ }).check();
  await page.getByLabel('Commune').fill('montpel');
  await page.getByRole('option', { name: /^Montpellier \(/ }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();

  await page.getByLabel('Nom affiché').fill('Nadia Benali');
  await page.getByLabel('Identifiant').fill('nadia');
  await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Confirmer le mot de passe').fill('correct horse battery');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await expect(page.getByText('Médiathèque Jean-Jaurès')).toBeVisible();
  await expect(page.getByText(/Montpellier/)).toBeVisible();
  await page.getByRole('button', { name: 'Créer le poste' }).click();

  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await page.getByLabel('Identifiant').fill('nadia');
  await page.getByLabel('Mot de passe').fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter' }).click();

  await expect(page.getByRole('navigation')).toContainText('Agents');
  await expect(page.getByRole('contentinfo')).toContainText('Nadia Benali');
  await expectAccessible(page);
});

test('the wizard refuses a confirmation that does not match, in French', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  await page.getByLabel('Nom du lieu').fill('CCAS de Lodève');
  await page.getByRole('radio', { name: /CCAS/ }).check();
  await page.getByLabel('Commune').fill('Lodève');
  await page.getByRole('option', { name: /Lodève/ }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByLabel('Nom affiché').fill('Jean Martin');
  await page.getByLabel('Identifiant').fill('jean');
  await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe long');
  await page.getByLabel('Confirmer le mot de passe').fill('un autre mot de passe');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText(/ne correspondent pas/)).toBeVisible();
});
