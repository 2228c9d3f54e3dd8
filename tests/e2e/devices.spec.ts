import type { Page } from '@playwright/test';
import { receiptText } from '../support/escpos-decoder';
import { expect, expectAccessible, login, test, type DrivenApp } from './fixtures';

async function openDevicesPage(page: Page, app: DrivenApp) {
  await login(page, app, 'admin', 'demo-admin-2026');
  await page.getByRole('link', { name: 'Périphériques', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Périphériques' })).toBeVisible();
  // The page is ready once the devices state is shown.
  await expect(page.getByRole('heading', { name: 'Lecteur de codes-barres' })).toBeVisible();
}

/** The receipts the simulated printer received, decoded to the text a person reads on the paper. */
async function printedReceipts(app: DrivenApp): Promise<string[]> {
  const { jobs } = await app.call('test.printer.received', {});
  return jobs.map((hex) => receiptText(Uint8Array.from(Buffer.from(hex, 'hex'))));
}

test('a scan from the simulated scanner shows on screen, wherever the agent is', async ({ page, devicesApp }) => {
  await login(page, devicesApp, 'accueil', 'demo-accueil-2026');
  // Not an administrator: no devices page, but the devices state in the status bar.
  await expect(page.getByRole('link', { name: 'Périphériques', exact: true })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText('Lecteur prêt : Lecteur simulé');
  await expect(page.getByRole('contentinfo')).toContainText('Imprimante prête');

  await devicesApp.call('test.scanner.emit', { code: '1234567890123' });
  // No screen takes scans here: the pass lookup opens with the code.
  const lookup = page.getByRole('dialog', { name: 'Consulter un pass' });
  await expect(lookup).toBeVisible();
  await expect(lookup.getByRole('textbox', { name: /Numéro de pass ou de carnet/ })).toHaveValue('1234567890123');
  await expect(lookup.getByTestId('lookup-result')).toBeVisible();
});

test('the devices page shows a scan in the trial zone, and is accessible', async ({ page, devicesApp }) => {
  await openDevicesPage(page, devicesApp);
  await expectAccessible(page);
  await devicesApp.call('test.scanner.emit', { code: '3046920029759', symbology: 'EAN-13' });
  const last = page.getByTestId('last-scan');
  await expect(last).toContainText('3046920029759');
  await expect(last).toContainText('EAN-13');
  await expect(last).toContainText('lecteur USB (HID)');
  await expectAccessible(page);
});

test('an administrator prints a test ticket: the printer receives it in French with the amount in euros', async ({ page, devicesApp }) => {
  await openDevicesPage(page, devicesApp);
  await page.getByRole('button', { name: 'Imprimer un ticket de test' }).click();
  await expect(page.getByText('Ticket de test envoyé à l’imprimante.')).toBeVisible();
  await expect.poll(async () => (await printedReceipts(devicesApp)).length).toBe(1);
  const [receipt] = await printedReceipts(devicesApp);
  expect(receipt).toContain('Ticket de test');
  expect(receipt).toContain('12,50 €');
  const queue = page.getByRole('table', { name: 'Tickets récents' });
  await expect(queue.getByRole('row').filter({ hasText: 'Ticket de test' })).toContainText('Imprimé');
});

test('paper out pauses the queue with a message, and the ticket prints once paper is back', async ({ page, devicesApp }) => {
  await openDevicesPage(page, devicesApp);
  await devicesApp.call('test.printer.script', { state: 'paper-out' });
  await page.getByRole('button', { name: 'Imprimer un ticket de test' }).click();

  const message = page.getByTestId('queue-message');
  await expect(message).toContainText('papier');
  await expect(page.getByTestId('queue-state')).toContainText('en pause');
  await expect(page.getByRole('contentinfo')).toContainText('papier');
  const row = page.getByRole('table', { name: 'Tickets récents' }).getByRole('row').filter({ hasText: 'Ticket de test' });
  await expect(row).toContainText('En pause');
  expect(await printedReceipts(devicesApp)).toHaveLength(0);
  await expectAccessible(page);

  await devicesApp.call('test.printer.script', { state: 'ready' });
  await expect(row).toContainText('Imprimé', { timeout: 15_000 });
  await expect(message).toHaveCount(0);
  const receipts = await printedReceipts(devicesApp);
  expect(receipts).toHaveLength(1);
  expect(receipts[0]).toContain('Ticket de test');
});

test('a keyboard-wedge scanner typing fast into a field is taken as a scan; a person’s typing stays', async ({ page, devicesApp }) => {
  await openDevicesPage(page, devicesApp);
  // The slowest-scanner thresholds (400 ms gap, 300 ms mean), set through the page: a loaded CI machine can delay
  // the browser's key events by a hundred milliseconds and more, which the default 50 ms would read as typing.
  await page.getByLabel('Pause maximale entre deux touches (ms)').fill('400');
  await page.getByLabel('Temps moyen maximal par touche (ms)').fill('300');
  await page.getByRole('button', { name: 'Enregistrer les réglages du lecteur' }).click();
  await expect(page.getByText('Réglages du lecteur enregistrés.')).toBeVisible();

  const field = page.getByLabel('Zone d’essai');
  await field.click();
  await page.keyboard.type('Dupont', { delay: 900 });
  await expect(field).toHaveValue('Dupont');

  await page.keyboard.type('3046920029759', { delay: 5 });
  await page.keyboard.press('Enter');
  const last = page.getByTestId('last-scan');
  await expect(last).toContainText('3046920029759');
  await expect(last).toContainText('lecteur en mode clavier');
  await expect(field).toHaveValue('Dupont');

  // Anywhere else: the scan opens the pass lookup, and its Enter does not follow the focused link.
  await page.getByRole('link', { name: 'Accueil' }).click();
  await page.getByRole('link', { name: 'Régler les périphériques' }).focus();
  await page.keyboard.type('9782070612758', { delay: 5 });
  await page.keyboard.press('Enter');
  const lookup = page.getByRole('dialog', { name: 'Consulter un pass' });
  await expect(lookup).toBeVisible();
  await expect(lookup.getByRole('textbox', { name: /Numéro de pass ou de carnet/ })).toHaveValue('9782070612758');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bonjour');
});

test('with the system printer in the browser, the test ticket goes through the print dialog and is marked printed', async ({ page, devicesApp }) => {
  await openDevicesPage(page, devicesApp);
  await page.getByRole('radio', { name: /Imprimante du système/ }).check();
  await expect(page.getByText('Dans le navigateur, les tickets s’impriment par la fenêtre d’impression du navigateur.')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer les réglages de l’imprimante' }).click();
  await expect(page.getByText('Réglages de l’imprimante enregistrés.')).toBeVisible();

  await page.getByRole('button', { name: 'Imprimer un ticket de test' }).click();
  await expect(page.getByText('Ticket de test imprimé.')).toBeVisible();
  const frame = page.frameLocator('iframe[title="Ticket à imprimer"]');
  // The receipt's own HTML went to the dialog, from a hidden frame.
  await expect(frame.getByText('12,50 €').first()).toBeAttached();
  const row = page.getByRole('table', { name: 'Tickets récents' }).getByRole('row').filter({ hasText: 'Ticket de test' });
  await expect(row).toContainText('Imprimé');
  expect(await printedReceipts(devicesApp)).toHaveLength(0);
});
