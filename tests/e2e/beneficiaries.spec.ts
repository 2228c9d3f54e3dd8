import type { Page } from '@playwright/test';
import { receiptText } from '../support/escpos-decoder';
import { expect, expectAccessible, login, test } from './fixtures';

const searchField = (page: Page) => page.getByRole('combobox', { name: 'Rechercher une personne' });

test('an agent searches, finds nobody, registers the person, and is warned when registering a similar one', async ({ page, devicesApp }) => {
  // The whole first visit of a person, with an accessibility check on each of its five screens.
  test.setTimeout(120_000);
  await login(page, devicesApp, 'accueil', 'demo-accueil-2026');
  // From any screen: Ctrl+K goes to the header's search.
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  // Typed at a person's pace (a burst of keys would be taken for a keyboard-wedge scanner).
  await page.keyboard.type('Quintanilla Zéphyrine', { delay: 70 });
  await expect(page.getByText('Aucune personne trouvée pour « Quintanilla Zéphyrine ».')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inscrire une nouvelle personne' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Inscrire une personne' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue('Quintanilla');
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Zéphyrine');
  await page.getByRole('textbox', { name: 'Année de naissance' }).fill('1958');
  await expect(page.getByText('Tranche d’âge : 60 à 69 ans')).toBeVisible();
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 11 22 33 44');
  await page.getByLabel('Langue préférée pour les documents').selectOption('ar');
  await page.getByRole('checkbox', { name: 'Senior' }).check();
  await expectAccessible(page);

  // Locking the screen loses nothing of what was typed.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByText(/Session verrouillée/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveCount(0);
  await page.getByLabel('Mot de passe').fill('demo-accueil-2026');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Zéphyrine');
  await expect(page.getByRole('textbox', { name: 'Année de naissance' })).toHaveValue('1958');
  await expect(page.getByRole('textbox', { name: 'Téléphone' })).toHaveValue('06 11 22 33 44');
  await expect(page.getByRole('checkbox', { name: 'Senior' })).toBeChecked();
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'QUINTANILLA Zéphyrine' })).toBeVisible();
  await expect(page.getByTestId('person-identity')).toContainText('Né·e en 1958 (60 à 69 ans)');
  await expect(page.getByTestId('person-identity')).toContainText('Langue des documents : Arabe');
  await expectAccessible(page);

  // The information notice, in French and in Arabic, right to left.
  await page.getByRole('button', { name: 'Notice d’information' }).click();
  const arabic = page.getByTestId('notice-ar');
  await expect(arabic).toBeVisible();
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toContainText('معلوماتك الشخصية');
  await expect(page.getByTestId('notice-fr')).toContainText('Vos informations personnelles');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  // The dialog gives the focus back to its button once closed: wait for it, or it takes the keys typed next.
  await expect(page.getByRole('button', { name: 'Notice d’information' })).toBeFocused();

  // Now the search finds her; registering someone similar warns before creating a duplicate.
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('quintan', { delay: 70 });
  await expect(page.getByRole('option', { name: /QUINTANILLA Zéphyrine/ })).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Quintanila Zephyrine', { delay: 70 });
  await expect(page.getByText('Aucune personne trouvée pour « Quintanila Zephyrine ».')).toBeVisible();
  await page.getByRole('button', { name: 'Inscrire une nouvelle personne' }).click();
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue('Quintanila');
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('0611223344');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('Cette personne est peut-être déjà inscrite');
  await expect(warning.getByRole('link', { name: 'Ouvrir la fiche de QUINTANILLA Zéphyrine' })).toBeVisible();
  await expect(warning).toContainText('téléphone');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page.getByText('Cochez la case pour inscrire quand même, ou ouvrez la fiche existante.').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Inscrire une personne' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'J’ai vérifié : c’est une autre personne, l’inscrire quand même' }).check();
  await page.getByRole('button', { name: 'Inscrire la personne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'QUINTANILA Zephyrine' })).toBeVisible();
});

test('a mediator saves a bilan as a draft, completes it later, and reads it on the person’s page', async ({ page, devicesApp }) => {
  await login(page, devicesApp, 'mediateur', 'demo-mediateur-2026');
  await page.getByRole('link', { name: 'Personnes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Rechercher une personne' }).fill('dupont');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('DUPONT');
  const name = (await heading.textContent()) ?? '';

  await page.getByRole('link', { name: 'Nouveau bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nouveau bilan — ${name}` })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Smartphone' }).check();
  await page.getByRole('radio', { name: 'Débutant·e' }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByTestId('bilan-save-state')).toContainText('Brouillon enregistré');
  await page.getByRole('link', { name: 'Retour à la fiche' }).click();

  const bilans = page.getByTestId('person-bilans');
  await expect(bilans).toContainText('Brouillon du');
  await bilans.getByRole('link', { name: /^Reprendre/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Bilan en cours — ${name}` })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Smartphone' })).toBeChecked();
  await page.getByRole('button', { name: 'Terminer le bilan' }).click();
  await expect(page.getByText('Réponse obligatoire pour terminer le bilan.').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Atelier collectif' }).check();
  await page.getByRole('textbox', { name: 'Nombre de pass proposés' }).fill('10');
  await page.getByRole('button', { name: 'Terminer le bilan' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(bilans).toContainText('Bilan terminé le');
  await expectAccessible(page);
  await bilans.getByRole('link', { name: /^Voir/ }).first().click();
  await expect(page.getByText('Bilan terminé : il ne peut plus être modifié.')).toBeVisible();
  await expect(page.getByText('Débutant·e')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Imprimer le résumé' })).toBeVisible();
  await expectAccessible(page);

  // The short summary on the receipt printer: what the person takes home.
  await page.getByRole('button', { name: 'Imprimer un résumé court' }).click();
  await expect.poll(async () => (await devicesApp.call('test.printer.received', {})).jobs.length).toBe(1);
  const { jobs } = await devicesApp.call('test.printer.received', {});
  const receipt = receiptText(Uint8Array.from(Buffer.from(jobs[0] ?? '', 'hex')));
  expect(receipt).toContain('Votre bilan numérique');
  expect(receipt).toContain('Orientation proposée : Atelier collectif');
  expect(receipt).toContain('Nombre de pass proposés : 10');
});

test('a referent merges a duplicate record into the one on screen, after comparing both', async ({ page, devicesApp }) => {
  await login(page, devicesApp, 'referent', 'demo-referent-2026');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('diaye', { delay: 70 });
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText("N'DIAYE");
  const kept = (await heading.textContent()) ?? '';

  await page.getByRole('button', { name: 'Fusionner avec…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Rechercher une personne' })).toBeFocused();
  await page.keyboard.type('diaye', { delay: 70 });
  await expect(dialog.getByRole('option').first()).toBeVisible();
  // The record on screen is never offered as its own duplicate.
  await expect(dialog.getByRole('option', { name: new RegExp(`^${kept}`) })).toHaveCount(0);
  await page.keyboard.press('Enter');
  const table = dialog.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Fiche conservée' })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Fusionner les deux fiches' }).click();
  await expect(page.getByText('Les deux fiches sont fusionnées.')).toBeVisible();
  await expect(heading).toHaveText(kept);
  await expect(page.getByText('Fiche en double fusionnée dans celle-ci')).toBeVisible();
});

test('an administrator adds a priority criterion of the desk, which the registration form then offers', async ({ page, devicesApp }) => {
  await login(page, devicesApp, 'admin', 'demo-admin-2026');
  await page.getByRole('link', { name: 'Critères prioritaires' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Critères prioritaires' })).toBeVisible();
  await expect(page.getByText('Senior', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un critère' }).click();
  await page.getByRole('textbox', { name: 'Critère ajouté n° 1' }).fill('Famille monoparentale');
  await page.getByRole('button', { name: 'Enregistrer les critères' }).click();
  await expect(page.getByText('Critères prioritaires enregistrés.')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${devicesApp.url.split('#')[0]}#/personnes/nouvelle`);
  await expect(page.getByRole('checkbox', { name: 'Famille monoparentale' })).toBeVisible();
});

test('an administrator adds a question to the bilan grid: a new version, asked in the next bilans', async ({ page, devicesApp }) => {
  await login(page, devicesApp, 'admin', 'demo-admin-2026');
  await page.getByRole('link', { name: 'Grille de bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grille de bilan' })).toBeVisible();
  await expect(page.getByText(/^Version en service : 1,/)).toBeVisible();
  const equipment = page.getByRole('region', { name: 'Équipement' });
  await equipment.getByRole('button', { name: 'Ajouter une question' }).click();
  await equipment.getByRole('textbox', { name: /^Intitulé de la question/ }).last().fill('Imprimante à la maison');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  await expect(page.getByText(/^Version en service : 2,/)).toBeVisible();

  await page.getByRole('link', { name: 'Personnes', exact: true }).click();
  await searchField(page).fill('dupont');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Nouveau bilan' }).click();
  await expect(page.getByText('Imprimante à la maison', { exact: true })).toBeVisible();
});
