import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

async function login(page: Page, login: string, password: string) {
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('the demo prints its accounts and a wrong password is refused in French', async ({ page, demoApp }) => {
  expect(demoApp.output.join('\n')).toMatch(/identifiant : admin\s+mot de passe : demo-admin-2026/);
  await page.goto(demoApp.url);
  await expectAccessible(page);
  await login(page, 'admin', 'pas le bon mot de passe');
  await expect(page.getByRole('alert')).toContainText('Identifiant ou mot de passe incorrect.');
  await login(page, 'admin', 'demo-admin-2026');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Nadia Benali');
});

test('an agent sets a PIN, locks the screen and unlocks it with the PIN', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await login(page, 'mediateur', 'demo-mediateur-2026');
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await page.getByLabel('Nouveau code PIN').fill('2468');
  await page.getByLabel('Confirmer le code PIN').fill('2468');
  await page.getByLabel('Mot de passe actuel').fill('demo-mediateur-2026');
  await page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();
  await expect(page.getByText(/code PIN (a été )?enregistré/i)).toBeVisible();

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByText(/Session verrouillée/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Code PIN').fill('0000');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('alert')).toContainText('Code PIN incorrect');
  await page.getByLabel('Code PIN').fill('2468');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('link', { name: 'Mon compte' })).toBeVisible();
});

test('the screen locks itself after the idle time', async ({ page, demoApp }) => {
  await page.clock.install();
  await page.goto(demoApp.url);
  await login(page, 'accueil', 'demo-accueil-2026');
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await page.clock.fastForward('05:30');
  await expect(page.getByText(/Session verrouillée/)).toBeVisible();
  await page.getByLabel('Mot de passe').fill('demo-accueil-2026');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
});

test('a role without the right does not see the agents screen and is refused there', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await login(page, 'accueil', 'demo-accueil-2026');
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Agents' })).toHaveCount(0);
  await page.evaluate(() => {
    // Typed loosely: the e2e specs compile against Node's types, the callback runs in the page.
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/agents';
  });
  await expect(page.getByText('Accès refusé')).toBeVisible();
});

test('an administrator creates an agent who can then log in', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await login(page, 'admin', 'demo-admin-2026');
  await page.getByRole('link', { name: 'Agents' }).click();
  await expect(page.getByRole('cell', { name: 'Aminata Diallo' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouvel agent' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nom affiché').fill('Chloé Petit');
  await dialog.getByLabel('Identifiant').fill('chloe');
  await dialog.getByLabel('Rôle').click();
  await page.getByRole('option', { name: 'Référent·e' }).click();
  await dialog.getByLabel('Mot de passe').fill('chloe-mot-de-passe');
  await dialog.getByRole('button', { name: 'Créer' }).click();
  await expect(page.getByRole('cell', { name: 'Chloé Petit' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login(page, 'chloe', 'chloe-mot-de-passe');
  await expect(page.getByRole('contentinfo')).toContainText('Chloé Petit');
});
