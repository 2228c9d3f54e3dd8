// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, type Input } from '../../electron/common/contract';
import { addDays, parisDate } from '../../electron/common/domain/passes/paris-date';
import { monthPeriod, presetPeriod } from '../../electron/common/domain/reports/periods';
import { clearNotifications } from '../../renderer/src/app/notify';
import { ReportsPage } from '../../renderer/src/features/reports/period/reports-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { APTIC_ID, EXPORT_FILE, FILTER_OPTIONS, LOT_APTIC_1, METROPOLE_ID, periodReport, SETTINGS } from './reports-fixtures';

const printHtml = vi.hoisted(() => vi.fn(async (_html: string) => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));
const downloadFile = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/src/features/reports/download-file', () => ({ downloadFile }));

// recharts measures its container; happy-dom has no layout, so this observer gives every chart 640 × 280.
beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: { width: 640, height: 280 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  // Before the first measure recharts warns that the chart has no size: noise in a layout-less DOM.
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('The width(0) and height(0) of chart')) return;
    warn(...args);
  });
});
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

function renderReports(overrides: Handlers = {}) {
  const periods: Array<Input<'reports.period'>> = [];
  const exports: Array<Input<'reports.export'>> = [];
  const fake = fakeClient({
    'reports.filter-options': () => FILTER_OPTIONS,
    'reports.settings': () => SETTINGS,
    'reports.period': (input) => {
      periods.push(input);
      return periodReport({ period: input.period });
    },
    'reports.export': (input) => {
      exports.push(input);
      return EXPORT_FILE;
    },
    ...overrides,
  });
  renderWithApp(
    <PeopleProviders role="referent">
      <ReportsPage />
    </PeopleProviders>,
    fake.client,
    { path: '/rapports' },
  );
  return { ...fake, periods, exports };
}

/** Opens a Mantine Select and picks an option. */
async function pick(label: RegExp, option: string) {
  fireEvent.click(screen.getByRole('textbox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('reports page', () => {
  it('shows the figures and the priority share for the previous month', async () => {
    const { periods } = renderReports();
    expect(screen.getByRole('heading', { level: 1, name: 'Rapports' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Rapport de période', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Mois précédent/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    const today = parisDate(new Date());
    const previous = monthPeriod(addDays(presetPeriod('mois', today).from, -1).slice(0, 7));
    await waitFor(() => expect(periods).toEqual([{ period: previous, filters: { issuerId: null, lotId: null, serviceId: null } }]));
    const report = await screen.findByTestId('period-report');
    expect(within(report).getByText('Toutes les données du lieu.')).toBeTruthy();
    expect(within(report).getByText(new RegExp(`du ${previous.from.slice(8)}/${previous.from.slice(5, 7)}`))).toBeTruthy();
    const figure = (label: string) => within(report).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('Pass utilisés')).toBe('87');
    expect(figure('Pass distribués')).toBe('120');
    expect(figure('Carnets terminés')).toBe('3');
    expect(figure('Premiers accompagnements')).toBe('31');
    expect(figure('Personnes différentes')).toBe('50');
    expect(plain(figure('Durée totale'))).toBe('85 h 30');
    expect(within(report).getByText((_, element) => element?.tagName === 'P' && /^38\s%\sdes personnes — objectif 50\s%$/.test(element.textContent ?? ''))).toBeTruthy();
    expect(within(report).getByText('Objectif non atteint : il manque 6 personnes prioritaires.')).toBeTruthy();
    expect(within(report).getByText(/Quartiers prioritaires \(QPV\) : 14\s% des personnes/)).toBeTruthy();
    expect(within(report).getByRole('progressbar', { name: /Part des publics prioritaires/ }).getAttribute('aria-valuenow')).toBe('38');
    const ages = within(report).getByRole('table', { name: 'Personnes par tranche d’âge' });
    expect(within(within(ages).getByRole('row', { name: /60 à 69 ans/ })).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['15', '30 %']);
    const charts = within(report).getAllByRole('img');
    expect(charts).toHaveLength(4);
    expect(charts.every((chart) => chart.querySelector('svg') !== null && chart.querySelector('[tabindex]:not([tabindex="-1"])') === null)).toBe(true);
    expect(charts.map((chart) => chart.getAttribute('aria-label'))).toContain(
      'Graphique en barres « Personnes par tranche d’âge » : Personnes, barre la plus haute : 60 à 69 ans (15). Tous les chiffres sont dans le tableau qui suit.',
    );
    expect(within(report).getByRole('table', { name: 'Pass utilisés par service' })).toBeTruthy();
  });

  it('offers only the lots of the chosen issuer and sends the filters', async () => {
    const { periods } = renderReports();
    await pick(/^Émetteur/, 'Pass Métropole');
    fireEvent.click(screen.getByRole('textbox', { name: /^Lot/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['MTP-2027-A (Pass Métropole)']);
    fireEvent.click(screen.getByRole('option', { name: 'MTP-2027-A (Pass Métropole)' }));
    await pick(/^Émetteur/, 'APTIC');
    expect((screen.getByRole('textbox', { name: /^Lot/ }) as HTMLInputElement).value).toBe('');
    await pick(/^Lot/, 'CMD-2026-01 (APTIC)');
    fireEvent.click(screen.getByRole('radio', { name: /^Ce mois/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    await waitFor(() => expect(periods).toHaveLength(1));
    expect(periods[0]).toEqual({ period: presetPeriod('mois', parisDate(new Date())), filters: { issuerId: APTIC_ID, lotId: LOT_APTIC_1, serviceId: null } });
  });

  it('prints the A4 report with the small counts masked, and exports it with the same period', async () => {
    const { exports } = renderReports();
    fireEvent.click(screen.getByRole('radio', { name: /^Ce trimestre/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    const report = await screen.findByTestId('period-report');
    expect(within(report).getByText('Les exports ne contiennent aucun nom, et les effectifs de moins de 5 personnes y sont masqués (« < 5 »).')).toBeTruthy();
    fireEvent.click(within(report).getByRole('button', { name: 'Imprimer (A4)' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = plain(printHtml.mock.calls[0]?.[0]);
    expect(html).toContain('<h1>Rapport d’activité</h1>');
    expect(html).toContain('<td>18 à 24 ans</td><td class="num">&#60; 5</td>');
    expect(html).toContain('<td>Non communiqué</td><td class="num">&#60; 5</td>');
    expect(html).toContain('<td>60 à 69 ans</td><td class="num">15</td>');
    expect(html).toContain('38 %');

    const quarter = presetPeriod('trimestre', parisDate(new Date()));
    const filters = { issuerId: null, lotId: null, serviceId: null };
    for (const [name, format] of [['PDF', 'pdf'], ['Excel (XLSX)', 'xlsx'], ['CSV', 'csv']] as const) {
      fireEvent.click(within(report).getByRole('button', { name }));
      await waitFor(() => expect(exports.at(-1)).toEqual({ kind: 'period', format, period: quarter, filters }));
      await waitFor(() => expect(within(report).getByRole('button', { name }).hasAttribute('data-loading')).toBe(false));
    }
    expect(downloadFile).toHaveBeenCalledTimes(3);
    expect(downloadFile).toHaveBeenCalledWith(EXPORT_FILE);
  });

  it('keeps the choices and says why when the report fails, and checks custom dates', async () => {
    renderReports({
      'reports.period': () => {
        throw new AppError('INTERNAL', 'Le service local ne répond pas.');
      },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Personnalisée' }));
    const from = screen.getByLabelText(/^Du/) as HTMLInputElement;
    const to = screen.getByLabelText(/^Au/) as HTMLInputElement;
    expect(from.value).toBe(presetPeriod('mois', parisDate(new Date())).from);
    fireEvent.change(from, { target: { value: '2027-03-31' } });
    fireEvent.change(to, { target: { value: '2027-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(await screen.findByText('La fin de la période précède son début.')).toBeTruthy();
    fireEvent.change(to, { target: { value: '2027-04-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Le service local ne répond pas.');
    expect((screen.getByLabelText(/^Du/) as HTMLInputElement).value).toBe('2027-03-31');
    expect((screen.getByLabelText(/^Au/) as HTMLInputElement).value).toBe('2027-04-30');
  });

  it('exports activities, redemptions and stock for the period chosen in the first tab', async () => {
    const { exports } = renderReports();
    await pick(/^Émetteur/, 'Pass Métropole');
    fireEvent.click(screen.getByRole('radio', { name: /^Cette année/ }));
    fireEvent.click(screen.getByRole('tab', { name: 'Exports' }));
    const year = presetPeriod('annee', parisDate(new Date()));
    expect(await screen.findByText(`Période : du 01/01/${year.from.slice(0, 4)} au 31/12/${year.from.slice(0, 4)}`)).toBeTruthy();
    expect(screen.getByText('Filtres : émetteur Pass Métropole.')).toBeTruthy();
    const filters = { issuerId: METROPOLE_ID, lotId: null, serviceId: null };
    fireEvent.click(screen.getByRole('button', { name: 'Activités (CSV)' }));
    await waitFor(() => expect(exports.at(-1)).toEqual({ kind: 'activities', format: 'csv', period: year, filters }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pass utilisés (Excel XLSX)' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Pass utilisés (Excel XLSX)' }));
    await waitFor(() => expect(exports.at(-1)).toEqual({ kind: 'redemptions', format: 'xlsx', period: year, filters }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stock (CSV)' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Stock (CSV)' }));
    await waitFor(() => expect(exports.at(-1)).toEqual({ kind: 'stock', format: 'csv' }));
    expect(downloadFile).toHaveBeenCalledTimes(3);
  });

  it('saves the report settings, with field errors in French', async () => {
    const saved: Array<Input<'reports.save-settings'>> = [];
    renderReports({
      'reports.save-settings': (input) => {
        saved.push(input);
        return { smallCellThreshold: input.smallCellThreshold, priorityTargetPercent: input.priorityTargetPercent };
      },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Réglages' }));
    const threshold = (await screen.findByLabelText(/^Seuil de masquage des petits effectifs/)) as HTMLInputElement;
    const target = screen.getByLabelText(/^Objectif de publics prioritaires/) as HTMLInputElement;
    expect(threshold.value).toBe('5');
    expect(target.value).toBe('50');
    fireEvent.change(threshold, { target: { value: '1' } });
    fireEvent.change(target, { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Seuil : 2 au moins.')).toBeTruthy();
    expect(screen.getByText('Un nombre entier, sans virgule.')).toBeTruthy();
    expect(saved).toEqual([]);
    fireEvent.change(threshold, { target: { value: '10' } });
    fireEvent.change(target, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saved).toEqual([{ smallCellThreshold: 10, priorityTargetPercent: 60 }]));
    expect(await screen.findByText('Réglages des rapports enregistrés.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Exports' }));
    expect(await screen.findByText(/moins de 10 personnes y sont masqués/)).toBeTruthy();
  });
});
