import { parisDate, parisTime } from '../../electron/common/domain/passes/paris-date';
import { receiptText } from '../support/escpos-decoder';
import { expect, expectAccessible, login, test, type DrivenApp } from './fixtures';

const printedReceipts = async (app: DrivenApp) => (await app.call('test.printer.received', {})).jobs.map((hex) => receiptText(Uint8Array.from(Buffer.from(hex, 'hex'))));

/** Two people with a carnet each (from the demo's stock), registered through the backend as the front desk would. */
async function peopleWithPasses(app: DrivenApp): Promise<{ first: string; second: string }> {
  await app.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
  const passes: string[] = [];
  for (const [nom, prenom, carnet] of [
    ['Quintard', 'Agathe', 'C100041'],
    ['Yzerman', 'Bruno', 'C100042'],
  ] as const) {
    const { beneficiary } = await app.call('beneficiaries.create', { fields: { nom, prenom, phone: '0611223344' }, confirmDuplicate: true });
    if (!beneficiary) throw new Error('person not created');
    const outcome = await app.call('carnets.hand-out', { beneficiaryId: beneficiary.id, code: carnet, printReceipt: false });
    passes.push(outcome.carnet.passes[0]?.number ?? '');
  }
  await app.call('auth.logout', {});
  return { first: passes[0] ?? '', second: passes[1] ?? '' };
}

test('a médiatrice creates a session, books two people (one through the waiting list), signs them in by scanning, closes and prints the sheet', async ({ page, devicesApp }) => {
  // Five screens with an accessibility check on each, on a loaded 2-core machine.
  test.setTimeout(150_000);
  // The session is late this evening; past 22:00 in Paris the desk's clock moves to the next morning first, so
  // that the whole journey happens on one day.
  if (parisTime(new Date()) > '22:00') await devicesApp.call('test.clock.advance', { ms: 3 * 3600 * 1000 });
  const { now } = await devicesApp.call('test.clock.advance', { ms: 0 });
  const today = parisDate(new Date(now));
  const passes = await peopleWithPasses(devicesApp);

  await login(page, devicesApp, 'mediateur', 'demo-mediateur-2026');
  await page.getByRole('link', { name: 'Ateliers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ateliers' })).toBeVisible();
  await expectAccessible(page);

  // One seat, so that the second person goes to the waiting list.
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle séance' });
  await form.getByRole('combobox', { name: /Service/ }).selectOption({ label: 'Atelier Pass Numérique' });
  await form.getByRole('textbox', { name: /Titre/ }).fill('Tablette : premiers pas');
  await form.getByLabel(/Date/).fill(today);
  await form.getByLabel(/Heure de début/).fill('23:00');
  await form.getByRole('textbox', { name: /Durée/ }).fill('60');
  await form.getByRole('textbox', { name: /Nombre de places/ }).fill('1');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Créer la séance' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('link', { name: /Tablette : premiers pas/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Tablette : premiers pas/ })).toBeVisible();

  // The first person takes the seat and gets a booking slip; the second goes to the waiting list.
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const book = page.getByRole('dialog', { name: 'Inscrire une personne' });
  await book.getByRole('combobox', { name: 'Rechercher une personne' }).fill('Quintard');
  await book.getByRole('option', { name: /QUINTARD Agathe/ }).click();
  await book.getByRole('button', { name: 'Inscrire', exact: true }).click();
  await expect(book.getByText('Inscrit·e.')).toBeVisible();
  await expect.poll(async () => (await printedReceipts(devicesApp)).length).toBe(1);
  expect((await printedReceipts(devicesApp))[0]).toContain('Agathe QUINTARD');
  await book.getByRole('combobox', { name: 'Rechercher une personne' }).fill('Yzerman');
  await book.getByRole('option', { name: /YZERMAN Bruno/ }).click();
  await book.getByRole('checkbox', { name: 'Imprimer le ticket de réservation' }).uncheck();
  await book.getByRole('button', { name: 'Inscrire', exact: true }).click();
  await expect(book.getByText('Session complète : ajouté·e en liste d’attente (rang 1).')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(book).toBeHidden();

  // The first person cancels: the seat goes to the second, to be called.
  await page.getByRole('button', { name: 'Annuler l’inscription de QUINTARD Agathe' }).click();
  const confirmCancel = page.getByRole('dialog', { name: 'Annuler l’inscription ?' });
  await confirmCancel.getByRole('button', { name: 'Annuler l’inscription' }).click();
  await expect(page.getByText('Place libérée proposée à Bruno YZERMAN — à appeler : 06 11 22 33 44')).toBeVisible();

  // The door: scans through the simulated scanner.
  await page.getByRole('link', { name: 'Ouvrir l’émargement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Tablette : premiers pas/ })).toBeVisible();
  await expectAccessible(page);
  await devicesApp.call('test.scanner.emit', { code: passes.second });
  const banner = page.locator('[data-outcome]');
  await expect(banner).toHaveAttribute('data-outcome', 'present');
  await expect(banner).toContainText('YZERMAN');
  await expect(banner).toContainText(passes.second);
  await expect(page.getByText('Présents 1 / Inscrits 1')).toBeVisible();
  await devicesApp.call('test.scanner.emit', { code: passes.second });
  await expect(banner).toHaveAttribute('data-outcome', 'duplicate');
  await expect(banner).toContainText('Déjà enregistré');
  // A number that no issuer's rule accepts: red, and nothing changes.
  await devicesApp.call('test.scanner.emit', { code: '12345' });
  await expect(banner).toHaveAttribute('data-outcome', 'refused');
  await expect(page.getByRole('alert').filter({ hasText: 'Scannez à nouveau' })).toBeVisible();
  await expectAccessible(page);
  // The first person comes anyway: the session is full; a referent confirms the seat over capacity at the door.
  await devicesApp.call('test.scanner.emit', { code: passes.first });
  const confirm = page.getByRole('dialog', { name: 'Confirmation nécessaire' });
  await expect(confirm).toContainText('Séance complète (1 place) : ajouter Agathe QUINTARD en surnombre ?');
  await expect(confirm).toContainText('Un·e référent·e confirme en saisissant son identifiant et son mot de passe.');
  await expectAccessible(page);
  await confirm.getByLabel(/Identifiant du·de la référent·e/).fill('referent');
  await confirm.getByLabel(/Mot de passe du·de la référent·e/).fill('demo-referent-2026');
  await confirm.getByRole('button', { name: 'Confirmer' }).click();
  await expect(banner).toHaveAttribute('data-outcome', 'present');
  await expect(banner).toContainText('QUINTARD');
  await expect(banner).toContainText('En surnombre');
  await expect(page.getByText('Présents 2 / Inscrits 2')).toBeVisible();

  // The attendance sheet, A4, with the signatures column.
  await page.getByRole('button', { name: 'Imprimer la feuille d’émargement' }).click();
  const sheet = page.frameLocator('iframe[title="Ticket à imprimer"]');
  await expect(sheet.getByRole('columnheader', { name: 'Signature' })).toBeAttached();
  await expect(sheet.getByRole('cell', { name: 'YZERMAN' })).toBeAttached();
  await expect(sheet.getByRole('cell', { name: 'QUINTARD' })).toBeAttached();

  // Close: the activity is written.
  await page.getByRole('link', { name: 'Retour à la séance' }).click();
  await page.getByRole('button', { name: 'Clôturer' }).click();
  const close = page.getByRole('dialog', { name: 'Clôturer la séance' });
  await close.getByRole('button', { name: 'Clôturer la séance' }).click();
  await expect(page.getByText('Séance clôturée : l’activité est enregistrée.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Activité enregistrée' })).toBeVisible();
  await expectAccessible(page);
});
