import { parisDate } from '../../electron/common/domain/passes/paris-date';
import { frenchMonth } from '../../electron/common/domain/reports/periods';
import { longFrenchDate } from '../../electron/common/domain/workshops/paris-time';
import { formatEuros } from '../../electron/common/receipts/format';
import { receiptText } from '../support/escpos-decoder';
import { expect, expectAccessible, login, test, type DrivenApp } from './fixtures';

const printedReceipts = async (app: DrivenApp) => (await app.call('test.printer.received', {})).jobs.map((hex) => receiptText(Uint8Array.from(Buffer.from(hex, 'hex'))));

test('a referent sees the day left open at login, closes it, prints the ticket and the A4 page, then reads the month report', async ({ page, devicesApp }) => {
  test.setTimeout(150_000);
  const { now } = await devicesApp.call('test.clock.advance', { ms: 0 });
  const today = parisDate(new Date(now));
  await login(page, devicesApp, 'referent', 'demo-referent-2026');

  // The demo's last day with activity was left open: the home page says so first.
  const dashboard = page.getByRole('region', { name: 'Tableau de bord' });
  await expect(dashboard.getByText(/non clôturée/)).toBeVisible();
  await expect(dashboard.getByRole('heading', { name: 'Aujourd’hui' })).toBeVisible();
  await expectAccessible(page);
  await dashboard.getByRole('link', { name: /Clôturer cette journée/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Clôture du jour/ })).toBeVisible();
  await expect(page.getByText('Journée ouverte — chiffres provisoires')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Carnets et pass' })).toBeVisible();
  await expectAccessible(page);

  // Close: confirmation, then « clôture n° » and the ticket on the receipt printer.
  await page.getByRole('button', { name: 'Clôturer la journée' }).click();
  const confirm = page.getByRole('dialog', { name: /Clôturer la journée/ });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: /Clôturer/ }).last().click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/Close — clôture n° \d+/)).toBeVisible();
  const ticket = page.getByRole('button', { name: 'Imprimer le ticket' });
  await expect(ticket).toBeFocused();
  await ticket.click();
  await expect.poll(async () => (await printedReceipts(devicesApp)).length).toBe(1);
  const receipt = (await printedReceipts(devicesApp))[0] ?? '';
  expect(receipt).toContain('Clôture du jour');
  expect(receipt).toMatch(/Clôture n° \d+/);
  expect(receipt).toMatch(/Pass utilisés\s+\d+/);
  expect(receipt).toContain('Visa du·de la référent·e');

  // The A4 page, printed through the browser.
  await page.getByRole('button', { name: 'Imprimer en A4' }).click();
  const sheet = page.frameLocator('iframe[title="Ticket à imprimer"]');
  await expect(sheet.getByRole('heading', { level: 1, name: 'Clôture du jour' })).toBeAttached();
  await expect(sheet.getByText(/Clôture n° \d+/)).toBeAttached();
  await expect(sheet.getByRole('rowheader', { name: 'Pass utilisés', exact: true })).toBeAttached();

  // The menu opens today's close; the next day cannot be chosen.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Clôture du jour' }).click();
  await expect(page.getByTestId('day-close-date')).toHaveText(longFrenchDate(today));
  await expect(page.getByRole('button', { name: 'Jour suivant' })).toBeDisabled();

  // The month report, with its charts and tables.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  await page.getByRole('button', { name: 'Afficher le rapport' }).click();
  await expect(page.getByText(/objectif 50\s%/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Pass utilisés/ }).first()).toBeVisible();
  await expectAccessible(page);
  // The régie statement of this month for the demo's APTIC lot: every pass line and the total.
  await page.getByRole('tab', { name: 'État de régie' }).click();
  const regie = page.getByRole('tabpanel', { name: 'État de régie' });
  await regie.getByRole('textbox', { name: 'Mois', exact: true }).click();
  await page.getByRole('option', { name: frenchMonth(today.slice(0, 7)) }).click();
  await regie.getByRole('textbox', { name: 'Émetteur', exact: true }).click();
  await page.getByRole('option', { name: 'APTIC', exact: true }).click();
  await regie.getByRole('button', { name: 'Afficher', exact: true }).click();
  await devicesApp.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
  const [aptic] = (await devicesApp.call('reports.filter-options', {})).issuers.filter((issuer) => issuer.label === 'APTIC');
  const statement = await devicesApp.call('reports.regie', { month: today.slice(0, 7), issuerId: aptic?.id ?? '' });
  expect(statement.count).toBeGreaterThan(0);
  await expect(regie.getByText(statement.lines[0]?.passNumber ?? '', { exact: true })).toBeVisible();
  await expect(regie.getByText(formatEuros(statement.totalCents, 'screen')).first()).toBeVisible();
  await expectAccessible(page);
});
