// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, type DayReportDto, type Input } from '../../electron/common/contract';
import { addDays, parisDate } from '../../electron/common/domain/passes/paris-date';
import { clearNotifications } from '../../renderer/src/app/notify';
import { DayClosePage } from '../../renderer/src/features/reports/day-close/day-close-page';
import { closedDayReport, DAY_PDF, OPEN_DAYS, openDayReport, ticketRequest } from './close-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

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

const DAY = '2024-03-05';
/** The figures as the page writes them (narrow no-break space before thousands, no-break space before €). */
const money = (euros: string) => `${euros.replace(' ', '\u202F')}\u00A0€`;

function renderClose(path: string, handlers: Handlers = {}, report: (date: string) => DayReportDto = openDayReport) {
  const days: Array<Input<'reports.day'>> = [];
  const fake = fakeClient({
    'reports.day': (input) => {
      days.push(input);
      return report(input.date);
    },
    'reports.open-days': () => OPEN_DAYS,
    ...handlers,
  });
  renderWithApp(
    <Routes>
      <Route path="/cloture" element={<DayClosePage />} />
      <Route path="/cloture/:date" element={<DayClosePage />} />
    </Routes>,
    fake.client,
    { path },
  );
  return { ...fake, days };
}

describe('day close page', () => {
  it('opens on today in Paris, with « Jour suivant » disabled', async () => {
    const { days } = renderClose('/cloture');
    const today = parisDate(new Date());
    await waitFor(() => expect(days).toEqual([{ date: today }]));
    expect(screen.getByRole('heading', { level: 1, name: 'Clôture du jour' })).toBeTruthy();
    expect((screen.getByLabelText('Journée') as HTMLInputElement).value).toBe(today);
    expect((screen.getByRole('button', { name: 'Jour suivant' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Jour précédent' }));
    await waitFor(() => expect(days.at(-1)).toEqual({ date: addDays(today, -1) }));
    expect((screen.getByRole('button', { name: 'Jour suivant' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('goes to the day typed in the field, but not to a day still to come', async () => {
    const { days } = renderClose('/cloture');
    await waitFor(() => expect(days).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Journée'), { target: { value: DAY } });
    await waitFor(() => expect(days.at(-1)).toEqual({ date: DAY }));
    expect(await screen.findByText('mardi 5 mars 2024')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Journée'), { target: { value: addDays(parisDate(new Date()), 1) } });
    expect(await screen.findByText('Choisissez aujourd’hui ou un jour passé.')).toBeTruthy();
    expect(days).toHaveLength(2);
  });

  it('shows every figure of an open day, marked provisional', async () => {
    renderClose(`/cloture/${DAY}`);
    expect(await screen.findByText('Journée ouverte — chiffres provisoires')).toBeTruthy();
    expect(screen.getByTestId('day-close-date').textContent).toBe('mardi 5 mars 2024');
    const passes = screen.getByTestId('day-passes');
    expect(within(passes).getByText('Carnets remis').nextElementSibling?.textContent).toBe('3');
    expect(within(passes).getByText('Pass remis').nextElementSibling?.textContent).toBe('30');
    expect(within(passes).getByText('Pass utilisés').nextElementSibling?.textContent).toBe('14');
    expect(within(passes).getByText('Valeur des pass utilisés').nextElementSibling?.textContent).toBe(money('140,00'));
    const byService = screen.getByTestId('day-by-service');
    expect(within(byService).getByRole('rowheader', { name: 'Atelier smartphone' }).parentElement?.textContent).toBe(`Atelier smartphone9${money('90,00')}`);
    expect(within(byService).getByRole('rowheader', { name: 'Total' }).parentElement?.textContent).toBe(`Total14${money('140,00')}`);
    const bySession = screen.getByTestId('day-by-session');
    expect(within(bySession).getByRole('rowheader', { name: '14:00 — Premiers pas sur internet' }).parentElement?.textContent).toContain('6');
    expect(within(bySession).getByRole('rowheader', { name: 'Total' }).parentElement?.textContent).toBe(`Total14${money('140,00')}`);
    const sessions = screen.getByTestId('day-sessions');
    for (const [label, value] of [['Séances tenues', '4'], ['Séances annulées', '1'], ['Séances non clôturées', '2'], ['Présent·es', '17'], ['Absent·es', '6'], ['Absent·es excusé·es', '2'], ['Inscrit·es non émargé·es', '5']]) {
      expect(within(sessions).getByText(label as string).nextElementSibling?.textContent).toBe(value);
    }
    const welcome = screen.getByTestId('day-welcome');
    expect(within(welcome).getByText('Nouvelles personnes inscrites').nextElementSibling?.textContent).toBe('7');
    expect(within(welcome).getByText('Bilans terminés').nextElementSibling?.textContent).toBe('11');
    const refusals = screen.getByTestId('day-refusals');
    expect(within(refusals).getByRole('rowheader', { name: 'Pass expiré' }).parentElement?.textContent).toBe('Pass expiré13');
    expect(within(refusals).getByRole('rowheader', { name: 'Total' }).parentElement?.textContent).toBe('Total25');
    const followUp = screen.getByTestId('day-follow-up');
    expect(within(followUp).getByText('Impressions en échec').nextElementSibling?.textContent).toBe('19');
    expect(within(followUp).getByText('Opérations en attente d’envoi au hub').nextElementSibling?.textContent).toBe('21');
  });

  it('closes the day after a confirmation, shows « clôture n° » and puts the focus on the ticket', async () => {
    const closes: Array<Input<'reports.close-day'>> = [];
    const { call } = renderClose(`/cloture/${DAY}`, {
      'reports.close-day': (input) => {
        closes.push(input);
        return closedDayReport(input.date);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer la journée' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clôturer la journée du mardi 5 mars 2024 ?' });
    expect(within(dialog).getByText(/seront figés/)).toBeTruthy();
    expect(within(dialog).getByText(/apparaîtra comme un ajustement sur la prochaine clôture/)).toBeTruthy();
    expect(closes).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clôturer la journée' }));
    await waitFor(() => expect(closes).toEqual([{ date: DAY }]));
    expect(await screen.findByText('Close — clôture n° 42 le 05/03/2024 à 18:02 par Aminata Diallo')).toBeTruthy();
    expect(await screen.findByText('Journée du mardi 5 mars 2024 clôturée (clôture n° 42).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clôturer la journée' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Imprimer le ticket' })));
    expect(call.mock.calls.filter(([method]) => method === 'reports.open-days')).toHaveLength(2);
  });

  it('keeps the dialog and says why when the day was already closed elsewhere, then shows that close', async () => {
    let closedElsewhere = false;
    const { days } = renderClose(
      `/cloture/${DAY}`,
      {
        'reports.close-day': () => {
          closedElsewhere = true;
          throw new AppError('CONFLICT', 'Journée du 05/03/2024 déjà close (clôture n° 41). Réimprimez-la si besoin.');
        },
      },
      (date) => (closedElsewhere ? closedDayReport(date, { close: { seq: 41, closedAt: '2024-03-05T16:58:00.000Z', closedByName: 'Paul Martin' } }) : openDayReport(date)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer la journée' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clôturer la journée' }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', 'Journée du 05/03/2024 déjà close (clôture n° 41). Réimprimez-la si besoin.');
    await waitFor(() => expect(days).toHaveLength(2));
    expect(await screen.findByText('Close — clôture n° 41 le 05/03/2024 à 17:58 par Paul Martin')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).getByRole('alert').textContent).toContain('déjà close');
  });

  it('prints the ticket through reports.print-day', async () => {
    const prints: Array<Input<'reports.print-day'>> = [];
    renderClose(`/cloture/${DAY}`, {
      'reports.print-day': (input) => {
        prints.push(input);
        return ticketRequest();
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer le ticket' }));
    await waitFor(() => expect(prints).toEqual([{ date: DAY }]));
    expect(await screen.findByText('Ticket de clôture envoyé à l’imprimante.')).toBeTruthy();
  });

  it('prints the A4 page with the figures', async () => {
    renderClose(`/cloture/${DAY}`, {}, closedDayReport);
    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer en A4' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = printHtml.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('Clôture du jour');
    expect(html).toContain('CCAS de Montpellier — mardi 5 mars 2024');
    expect(html).toContain('Clôture n° 42');
    expect(html).toContain('Atelier smartphone');
    expect(html).toContain('Pass expiré');
    expect(html).toContain('140,00');
  });

  it('downloads the PDF from reports.export', async () => {
    const exports: Array<Input<'reports.export'>> = [];
    renderClose(`/cloture/${DAY}`, {
      'reports.export': (input) => {
        exports.push(input);
        return DAY_PDF;
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Télécharger le PDF' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledWith(DAY_PDF));
    expect(exports).toEqual([{ kind: 'day', format: 'pdf', date: DAY }]);
  });

  it('shows the corrections of this day and those this close reported', async () => {
    renderClose(`/cloture/${DAY}`, {}, (date) =>
      closedDayReport(date, {
        adjustments: [
          {
            id: '0190a8c0-0000-7000-8000-0000000000e2',
            date,
            detectedAt: '2024-03-06T09:10:00.000Z',
            reportedInSeq: 43,
            changes: [{ key: 'attendance.present', label: 'Présent·es', before: 17, after: 18 }],
          },
        ],
      }),
    );
    const own = await screen.findByTestId('day-own-adjustments');
    expect(within(own).getByText('Corrections de cette journée après sa clôture')).toBeTruthy();
    expect(within(own).getByRole('rowheader', { name: 'Présent·es' }).parentElement?.textContent).toBe('Présent·es171806/03/2024 à 10:1043');
    const reported = screen.getByTestId('day-reported-adjustments');
    expect(within(reported).getByText('Corrections de journées déjà closes, signalées par cette clôture')).toBeTruthy();
    expect(within(reported).getByRole('link', { name: '04/03/2024' }).getAttribute('href')).toBe('/cloture/2024-03-04');
    expect(within(reported).getByRole('rowheader', { name: 'Valeur des pass utilisés' }).parentElement?.textContent).toBe(`Valeur des pass utilisés${money('220,00')}${money('230,00')}05/03/2024 à 09:1542`);
  });

  it('lists the days nobody closed, newest first, each linked to its close', async () => {
    renderClose(`/cloture/${DAY}`);
    const list = await screen.findByTestId('open-days');
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['vendredi 1 mars 2024 — 12 opérations', 'mardi 27 février 2024 — 1 opération']);
    expect(links[0]?.getAttribute('href')).toBe('/cloture/2024-03-01');
  });
});
