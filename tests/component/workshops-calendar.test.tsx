// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Input, Role, SessionSummaryDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { WorkshopsPage } from '../../renderer/src/features/workshops/calendar/workshops-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { FACILITATORS, sessionId, sessionSummary } from './workshops-fixtures';

afterEach(() => {
  vi.useRealTimers();
  clearNotifications();
  cleanup();
});

/** The calendar at `/ateliers`, with a stand-in for the session page so that following a link can be seen. */
function CalendarRoutes() {
  const location = useLocation();
  return (
    <Routes>
      <Route path="/ateliers" element={<WorkshopsPage />} />
      <Route path="/ateliers/:id" element={<p>Page de la séance {location.pathname}</p>} />
    </Routes>
  );
}

function renderCalendar(path: string, sessions: SessionSummaryDto[] = [], { role = 'mediateur', handlers = {} }: { role?: Role; handlers?: Handlers } = {}) {
  const ranges: Array<{ from: string; to: string }> = [];
  const fake = fakeClient({
    'workshops.calendar': (input: Input<'workshops.calendar'>) => {
      const range = { from: String(input.from), to: String(input.to) };
      ranges.push(range);
      return sessions.filter((session) => session.date >= range.from && session.date <= range.to);
    },
    'services.list': () => [],
    'workshops.facilitators': () => [],
    ...handlers,
  });
  renderWithApp(
    <PeopleProviders role={role}>
      <CalendarRoutes />
    </PeopleProviders>,
    fake.client,
    { path },
  );
  return { ...fake, ranges };
}

const weekSessions = [
  sessionSummary({ id: sessionId(1), title: 'Premiers pas sur smartphone', seatsLeft: 3 }),
  sessionSummary({ id: sessionId(2), title: 'Créer son adresse e-mail', date: '2027-03-01', startTime: '09:30', seatsLeft: 0, booked: 8, waiting: 2 }),
  sessionSummary({ id: sessionId(3), title: 'Ameli en ligne', date: '2027-03-04', status: 'annulee', cancelReason: 'Animatrice absente' }),
  sessionSummary({ id: sessionId(4), title: 'Rendez-vous CAF', kind: 'individuel', date: '2027-03-05', capacity: 1, booked: 1, seatsLeft: 0, status: 'close', room: '' }),
];

describe('workshops calendar', () => {
  it('shows a week from Monday to Sunday with each session as a link, its room, kind and seats left in words', async () => {
    const { ranges } = renderCalendar('/ateliers?vue=semaine&date=2027-03-03', weekSessions);
    expect(await screen.findByRole('heading', { level: 2, name: 'Semaine du lundi 1 mars au dimanche 7 mars 2027' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('calendar-session')).toHaveLength(4));
    expect(ranges).toEqual([{ from: '2027-03-01', to: '2027-03-07' }]);
    const columns = screen.getAllByTestId('calendar-week-day');
    expect(columns.map((column) => within(column).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Lundi 1 mars',
      'Mardi 2 mars',
      'Mercredi 3 mars',
      'Jeudi 4 mars',
      'Vendredi 5 mars',
      'Samedi 6 mars',
      'Dimanche 7 mars',
    ]);
    const wednesday = within(columns[2]!).getByRole('link', { name: /Premiers pas sur smartphone/ });
    expect(wednesday.getAttribute('href')).toBe(`/ateliers/${sessionId(1)}`);
    expect(wednesday.textContent).toContain('14:00');
    expect(wednesday.textContent).toContain('Salle Condorcet · Collectif');
    expect(wednesday.textContent).toContain('3 places restantes');
    expect(within(columns[0]!).getByRole('link', { name: /Créer son adresse e-mail/ }).textContent).toContain('Complet — 2 en attente');
    expect(within(columns[3]!).getByRole('link', { name: /Ameli en ligne/ }).textContent).toContain('Annulée');
    const appointment = within(columns[4]!).getByRole('link', { name: /Rendez-vous CAF/ });
    expect(appointment.textContent).toContain('Individuel');
    expect(appointment.textContent).toContain('Close');
    expect(screen.getByText('4 séances sur la période')).toBeTruthy();
    fireEvent.click(wednesday);
    expect(await screen.findByText(`Page de la séance /ateliers/${sessionId(1)}`)).toBeTruthy();
  });

  it('asks for whole weeks in the month view (Monday before the 1st to Sunday after the last day), with « + N autres » beyond 3 a day', async () => {
    const busyDay = [1, 2, 3, 4, 5].map((n) => sessionSummary({ id: sessionId(n), date: '2026-11-18', startTime: `${8 + n}:00`.padStart(5, '0'), title: `Atelier ${n}` }));
    const { ranges } = renderCalendar('/ateliers?vue=mois&date=2026-11-18', busyDay);
    expect(await screen.findByRole('heading', { level: 2, name: 'Novembre 2026' })).toBeTruthy();
    // 1 November 2026 is a Sunday and the 30th a Monday: six weeks.
    expect(ranges).toEqual([{ from: '2026-10-26', to: '2026-12-06' }]);
    // The grid shows while the sessions load: wait for them.
    await screen.findByText('5 séances sur la période');
    const month = screen.getByTestId('calendar-month');
    expect(within(month).getAllByRole('row')).toHaveLength(7);
    expect(within(month).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    const cell = month.querySelector('[data-date="2026-11-18"]') as HTMLElement;
    expect(within(cell).getAllByTestId('calendar-session').map((link) => link.textContent?.slice(0, 5))).toEqual(['09:00', '10:00', '11:00']);
    const more = within(cell).getByRole('link', { name: '2 autres séances le mercredi 18 novembre 2026 : voir la journée' });
    expect(more.textContent).toBe('+ 2 autres');
    expect(more.getAttribute('href')).toBe('/ateliers?vue=jour&date=2026-11-18');
    fireEvent.click(more);
    expect(await screen.findByRole('heading', { level: 2, name: 'Mercredi 18 novembre 2026' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('calendar-session')).toHaveLength(5));
  });

  it('lists a day in time order with the facilitator and the counts', async () => {
    const day = [
      sessionSummary({ id: sessionId(1), title: 'Atelier de l’après-midi', startTime: '16:00', facilitatorName: 'Julien Moreau' }),
      sessionSummary({ id: sessionId(2), title: 'Atelier du matin', startTime: '09:30', booked: 8, seatsLeft: 0, waiting: 1, present: 0 }),
    ];
    const { ranges } = renderCalendar('/ateliers?vue=jour&date=2027-03-03', day);
    expect(await screen.findByRole('heading', { level: 2, name: 'Mercredi 3 mars 2027' })).toBeTruthy();
    const items = await screen.findAllByTestId('calendar-session');
    expect(ranges).toEqual([{ from: '2027-03-03', to: '2027-03-03' }]);
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['09:30–11:00 · Atelier du matin', '16:00–17:30 · Atelier de l’après-midi']);
    expect(items[0]!.textContent).toContain('Complet — 1 en attente');
    expect(items[0]!.textContent).toContain('Inscrits : 8 sur 8 · Présents : 0 · En attente : 1');
    expect(items[1]!.textContent).toContain('Animation : Julien Moreau');
    expect(items[1]!.textContent).toContain('3 places restantes');
  });

  it('moves by period, switches views and comes back to today, loading each range', async () => {
    const { ranges } = renderCalendar('/ateliers?vue=semaine&date=2027-03-03');
    await screen.findByText('Aucune séance sur la période.');
    fireEvent.click(screen.getByRole('button', { name: 'Semaine suivante' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Semaine du lundi 8 mars au dimanche 14 mars 2027' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Semaine précédente' }));
    fireEvent.click(screen.getByRole('button', { name: 'Semaine précédente' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Semaine du lundi 22 février au dimanche 28 février 2027' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Mois' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Février 2027' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mois suivant' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mars 2027' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Jour' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Lundi 1 mars 2027' })).toBeTruthy();
    await waitFor(() =>
      expect(ranges).toEqual([
        { from: '2027-03-01', to: '2027-03-07' },
        { from: '2027-03-08', to: '2027-03-14' },
        { from: '2027-03-01', to: '2027-03-07' },
        { from: '2027-02-22', to: '2027-02-28' },
        // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
        { from: '2027-02-01', to: '2027-02-28' },
        { from: '2027-03-01', to: '2027-04-04' },
        { from: '2027-03-01', to: '2027-03-01' },
      ]),
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-15T10:00:00+02:00'));
    fireEvent.click(screen.getByRole('button', { name: 'Aujourd’hui' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mardi 15 juin 2027' })).toBeTruthy();
  });

  it('reloads when a session of the visible days is created or changes, not for another day', async () => {
    const shown = sessionSummary({ id: sessionId(1) });
    const { ranges, emit } = renderCalendar('/ateliers?vue=semaine&date=2027-03-03', [shown]);
    await screen.findByText('1 séance sur la période');
    emit('workshops.changed', { sessionId: shown.id, date: shown.date });
    await waitFor(() => expect(ranges).toHaveLength(2));
    emit('workshops.changed', { sessionId: sessionId(2), date: '2027-05-10' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ranges).toHaveLength(2);
    emit('workshops.changed', { sessionId: sessionId(3), date: '2027-03-05' });
    await waitFor(() => expect(ranges).toHaveLength(3));
  });

  it('shows one agent’s agenda when chosen, and the whole place again', async () => {
    const calls: Array<Input<'workshops.calendar'>> = [];
    renderCalendar('/ateliers?vue=semaine&date=2027-03-03', [], {
      handlers: {
        'workshops.facilitators': () => FACILITATORS,
        'workshops.calendar': (input) => {
          calls.push(input);
          return [];
        },
      },
    });
    const agenda = await screen.findByRole('combobox', { name: 'Agenda' });
    await waitFor(() => expect(within(agenda).getAllByRole('option')).toHaveLength(FACILITATORS.length + 1));
    const first = FACILITATORS[0]!;
    fireEvent.change(agenda, { target: { value: first.id } });
    await waitFor(() => expect(calls.at(-1)).toEqual({ from: '2027-03-01', to: '2027-03-07', facilitatorId: first.id }));
    fireEvent.change(agenda, { target: { value: '' } });
    await waitFor(() => expect(calls.at(-1)).toEqual({ from: '2027-03-01', to: '2027-03-07' }));
  });

  it('offers « Nouvelle séance » to those who run workshops only, and the reminders to everyone', async () => {
    renderCalendar('/ateliers?vue=semaine&date=2027-03-03', [], { role: 'accueil' });
    await screen.findByText('Aucune séance sur la période.');
    expect(screen.queryByRole('button', { name: 'Nouvelle séance' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Rappels de demain' }).getAttribute('href')).toBe('/ateliers/rappels');
    cleanup();
    renderCalendar('/ateliers?vue=semaine&date=2027-03-03', [], { role: 'mediateur' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nouvelle séance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle séance' });
    expect((within(dialog).getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2027-03-03');
  });
});
