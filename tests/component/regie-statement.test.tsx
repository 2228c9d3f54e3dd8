// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../electron/common/contract';
import { addMonths, parisDate } from '../../electron/common/domain/passes/paris-date';
import { frenchMonth } from '../../electron/common/domain/reports/periods';
import { clearNotifications } from '../../renderer/src/app/notify';
import { ReportsPage } from '../../renderer/src/features/reports/period/reports-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp } from './render-app';
import { APTIC_ID, EXPORT_FILE, FILTER_OPTIONS, regieStatement, SETTINGS } from './reports-fixtures';

const printHtml = vi.hoisted(() => vi.fn(async (_html: string) => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));
const downloadFile = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/src/features/reports/download-file', () => ({ downloadFile }));

beforeEach(() => {
  printHtml.mockClear();
  downloadFile.mockClear();
});
afterEach(() => {
  clearNotifications();
  cleanup();
});

/** Texts with the no-break spaces of French numbers turned into plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const monthOffset = (offset: number) => addMonths(`${parisDate(new Date()).slice(0, 7)}-01`, offset).slice(0, 7);

function renderRegie() {
  const asked: Array<Input<'reports.regie'>> = [];
  const exports: Array<Input<'reports.export'>> = [];
  const fake = fakeClient({
    'reports.filter-options': () => FILTER_OPTIONS,
    'reports.settings': () => SETTINGS,
    'reports.regie': (input) => {
      asked.push(input);
      return regieStatement(250, { month: input.month });
    },
    'reports.export': (input) => {
      exports.push(input);
      return EXPORT_FILE;
    },
  });
  renderWithApp(
    <PeopleProviders role="referent">
      <ReportsPage />
    </PeopleProviders>,
    fake.client,
    { path: '/rapports' },
  );
  fireEvent.click(screen.getByRole('tab', { name: 'État de régie' }));
  return { ...fake, asked, exports };
}

async function pick(label: RegExp, option: string) {
  fireEvent.click(screen.getByRole('textbox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const firstPassNumber = () => within(screen.getByTestId('regie-lines')).getAllByRole('row')[1]?.querySelector('th')?.textContent;

describe('régie statement', () => {
  it('asks for an issuer, then lists the lines 100 per page with the count and the total', async () => {
    const { asked } = renderRegie();
    const month = screen.getByRole('textbox', { name: /^Mois/ }) as HTMLInputElement;
    expect(month.value).toBe(frenchMonth(monthOffset(-1)));
    await screen.findByRole('textbox', { name: /^Émetteur/ });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(await screen.findByText('Choisissez l’émetteur.')).toBeTruthy();
    expect(asked).toEqual([]);
    await pick(/^Émetteur/, 'APTIC');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    await waitFor(() => expect(asked).toEqual([{ month: monthOffset(-1), issuerId: APTIC_ID }]));

    const statement = await screen.findByTestId('regie-statement');
    expect(within(statement).getByRole('heading', { level: 3 }).textContent).toBe(`État de ${frenchMonth(monthOffset(-1))} — APTIC`);
    expect(plain(within(statement).getByText(/pass encaissés — total/).textContent)).toBe('250 pass encaissés — total 2 500,00 €');
    const table = screen.getByTestId('regie-lines');
    expect(within(table).getAllByRole('row')).toHaveLength(102);
    expect(within(table).getByText('Pass encaissés (page 1 sur 3)')).toBeTruthy();
    expect(screen.getByText('Lignes 1 à 100 sur 250')).toBeTruthy();
    expect(plain(within(table).getAllByRole('row').at(-1)?.textContent)).toBe('Total : 250 pass2 500,00 €');
    expect(firstPassNumber()).toBe('1000000001');

    fireEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(await screen.findByText('Lignes 101 à 200 sur 250')).toBeTruthy();
    expect(firstPassNumber()).toBe('1000000101');
    fireEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(await screen.findByText('Lignes 201 à 250 sur 250')).toBeTruthy();
    expect(within(screen.getByTestId('regie-lines')).getAllByRole('row')).toHaveLength(52);
    expect(firstPassNumber()).toBe('1000000201');
  });

  it('prints the whole statement on A4 and exports it for the month and issuer shown', async () => {
    const { asked, exports } = renderRegie();
    const older = monthOffset(-3);
    await pick(/^Mois/, frenchMonth(older));
    await screen.findByRole('textbox', { name: /^Émetteur/ });
    await pick(/^Émetteur/, 'APTIC');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    await waitFor(() => expect(asked).toEqual([{ month: older, issuerId: APTIC_ID }]));
    const statement = await screen.findByTestId('regie-statement');

    fireEvent.click(within(statement).getByRole('button', { name: 'Imprimer (A4)' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = plain(printHtml.mock.calls[0]?.[0]);
    expect(html).toContain('État des pass numériques encaissés');
    expect(html).toContain('250 pass encaissés pour un total de 2 500,00 €');
    expect(html).toContain('1000000001');
    expect(html).toContain('1000000250');

    for (const [name, format] of [['PDF', 'pdf'], ['CSV', 'csv'], ['Excel', 'xlsx']] as const) {
      await waitFor(() => expect(within(statement).getByRole('button', { name }).hasAttribute('disabled')).toBe(false));
      fireEvent.click(within(statement).getByRole('button', { name }));
      await waitFor(() => expect(exports.at(-1)).toEqual({ kind: 'regie', format, month: older, issuerId: APTIC_ID }));
    }
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(3));
  });
});
