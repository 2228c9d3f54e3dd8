import { receiptText } from '../support/escpos-decoder';
import { expect, expectAccessible, login, test } from './fixtures';

/** Two carnets of three passes, with a header, as an issuer delivers them. */
const CSV = ['carnet;pass', 'C0001;100001', 'C0001;100002', 'C0001;100003', 'C0002;100004', 'C0002;100005', 'C0002;100006', ''].join('\n');

test('an administrator receives a lot, a carnet is handed out with its receipt, and a pass is looked up', async ({ page, devicesApp }) => {
  // A whole journey over four screens with an accessibility check on each: 40–55 s on a loaded 2-core machine.
  test.setTimeout(120_000);
  await login(page, devicesApp, 'admin', 'demo-admin-2026');
  await page.getByRole('link', { name: 'Stock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stock de carnets' })).toBeVisible();
  await expectAccessible(page);

  // The issuer and its numbering rules.
  await page.getByRole('button', { name: 'Nouvel émetteur' }).click();
  const issuerDialog = page.getByRole('dialog', { name: 'Nouvel émetteur' });
  await issuerDialog.getByRole('textbox', { name: 'Nom de l’émetteur' }).fill('APTIC e2e');
  await issuerDialog.getByRole('textbox', { name: /Règle/ }).first().fill('C\\d{4}');
  await issuerDialog.getByRole('textbox', { name: /Règle/ }).nth(1).fill('\\d{6}');
  await expectAccessible(page);
  await issuerDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(issuerDialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: 'APTIC e2e' })).toBeVisible();

  // A person may hold several carnets (the demo has already handed some out).
  const settings = page.getByRole('region', { name: 'Réglages de la distribution' });
  await settings.getByRole('textbox', { name: 'Carnets au plus par personne' }).fill('20');
  await settings.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();

  // The lot.
  await page.getByRole('button', { name: 'Nouveau lot' }).click();
  const lotDialog = page.getByRole('dialog', { name: 'Nouveau lot' });
  await lotDialog.getByRole('combobox', { name: /Émetteur/ }).selectOption({ label: 'APTIC e2e' });
  await lotDialog.getByRole('textbox', { name: /Référence de la commande/ }).fill('CMD-E2E');
  await lotDialog.getByRole('textbox', { name: /Valeur faciale/ }).fill('10');
  await lotDialog.getByRole('textbox', { name: /Pass par carnet/ }).fill('3');
  await lotDialog.getByLabel(/Valable jusqu’au/).fill('2027-12-31');
  await expect(lotDialog.getByLabel(/Accepté jusqu’au/)).toHaveValue('2028-01-31');
  await expectAccessible(page);
  await lotDialog.getByRole('button', { name: 'Créer le lot' }).click();
  await expect(lotDialog).toBeHidden();
  // The confirmation closes by itself after 5 s; the next dialog's backdrop would otherwise cover it.
  await expect(page.getByText('Lot créé.')).toBeHidden({ timeout: 10_000 });
  const card = page.getByTestId('lot-card').filter({ hasText: 'CMD-E2E' });
  await expect(card).toBeVisible();

  // The issuer's file: checked first, then imported.
  await card.getByRole('button', { name: /Recevoir du stock/ }).click();
  const receive = page.getByRole('dialog', { name: /Recevoir du stock/ });
  await receive.getByLabel(/Fichier CSV/).setInputFiles({ name: 'livraison.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await receive.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(receive.getByTestId('import-report')).toContainText('Carnets : 2');
  await expect(receive.getByTestId('import-report')).toContainText('Aucun problème.');
  await expectAccessible(page);
  await receive.getByRole('button', { name: 'Importer' }).click();
  await expect(receive.getByText('2 carnets et 6 pass ajoutés au stock.')).toBeVisible();
  await receive.getByRole('button', { name: 'Fermer' }).click();
  await expect(card.getByTestId('lot-counts')).toContainText('En stock : 2');
  // The dialog gives the focus back as it closes: wait until it is gone, or that takes the keys typed next.
  await expect(receive).toBeHidden();

  // A person receives carnet C0001, scanned from one of its passes.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Rechercher une personne' })).toBeFocused();
  await page.keyboard.type('diaye', { delay: 70 });
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText("N'DIAYE");
  const holder = ((await heading.textContent()) ?? '').trim();
  const printedBefore = (await devicesApp.call('test.printer.received', {})).jobs.length;
  await page.getByRole('button', { name: 'Remettre un carnet' }).click();
  const field = page.getByRole('textbox', { name: /Scannez le carnet ou un de ses pass/ });
  await expect(field).toBeFocused();
  await expectAccessible(page);
  await devicesApp.call('test.scanner.emit', { code: '100002' });
  await expect(page.getByTestId('hand-out-done')).toContainText('Carnet C0001 remis');
  await expect(page.getByTestId('person-carnets')).toContainText('Carnet C0001');
  await expect.poll(async () => (await devicesApp.call('test.printer.received', {})).jobs.length).toBeGreaterThan(printedBefore);
  const { jobs } = await devicesApp.call('test.printer.received', {});
  const receipt = receiptText(Uint8Array.from(Buffer.from(jobs[printedBefore] ?? '', 'hex')));
  expect(receipt).toContain('C0001');
  await expectAccessible(page);

  // Ctrl+L: the pass, usable today, and who holds it.
  await page.getByRole('button', { name: 'Fermer', exact: true }).click();
  await page.keyboard.press('Control+l');
  const lookup = page.getByRole('dialog', { name: 'Consulter un pass' });
  await expect(lookup).toBeVisible();
  await lookup.getByRole('textbox', { name: /Numéro de pass ou de carnet/ }).fill('100003');
  await page.keyboard.press('Enter');
  await expect(lookup.getByTestId('lookup-redemption')).toContainText('Utilisable aujourd’hui');
  await expect(lookup.getByTestId('lookup-holder')).toHaveText(holder);
  await expectAccessible(page);
});
