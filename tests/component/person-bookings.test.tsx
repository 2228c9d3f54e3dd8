// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../electron/common/contract';
import { addDays, parisDate } from '../../electron/common/domain/passes/paris-date';
import { clearNotifications } from '../../renderer/src/app/notify';
import { PersonPage } from '../../renderer/src/features/beneficiaries/person/person-page';
import { PeopleProviders, person, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { bookingDto, personBooking, sessionSummary, SESSION_ID, SLIP_JOB } from './session-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const PAST_SESSION = '0190a8c0-0000-7000-8000-0000000002a1';
const FULL_SESSION = '0190a8c0-0000-7000-8000-0000000002a2';

const UPCOMING = personBooking();
const PAST = personBooking(
  { id: '0190a8c0-0000-7000-8000-0000000002b1', sessionId: PAST_SESSION, status: 'present', passNumbers: ['1000000002'] },
  { id: PAST_SESSION, title: 'Sécurité en ligne', date: '2020-01-14', startTime: '10:00', startsAt: '2020-01-14T09:00:00.000Z', endsAt: '2020-01-14T11:00:00.000Z', status: 'close' },
);

function renderPerson(handlers: Handlers = {}) {
  const fake = fakeClient({
    'beneficiaries.get': () => person(),
    'beneficiaries.history': () => [],
    'beneficiaries.criteria': () => [],
    'carnets.of-person': () => [],
    'bookings.of-person': () => [PAST, UPCOMING],
    ...handlers,
  });
  renderWithApp(
    <PeopleProviders role="accueil">
      <Routes>
        <Route path="/personnes/:id" element={<PersonPage />} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path: `/personnes/${PERSON_ID}` },
  );
  return fake;
}

describe('bookings on the person page', () => {
  it('lists upcoming and past workshops with their status and links to the session', async () => {
    renderPerson();
    const upcoming = await screen.findByTestId('person-bookings-upcoming');
    const link = within(upcoming).getByRole('link', { name: '05/03/2030 à 14:00 — Premiers pas sur internet' });
    expect(link.getAttribute('href')).toBe(`/ateliers/${SESSION_ID}`);
    expect(within(upcoming).getByText('À venir')).toBeTruthy();
    const past = screen.getByTestId('person-bookings-past');
    expect(within(past).getByText('14/01/2020 à 10:00 — Sécurité en ligne')).toBeTruthy();
    expect(within(past).getByText('Présent·e')).toBeTruthy();
    expect(within(past).queryByRole('button')).toBeNull();
  });

  it('books the person on a session of the next four weeks; a full one puts them on its waiting list', async () => {
    const calendars: Array<Input<'workshops.calendar'>> = [];
    const created: Array<Input<'bookings.create'>> = [];
    const fake = renderPerson({
      'workshops.calendar': (input) => {
        calendars.push(input);
        return [
          sessionSummary(),
          sessionSummary({ id: FULL_SESSION, title: 'Démarches en ligne', startTime: '10:00', seatsLeft: 0, booked: 8, waiting: 2 }),
          sessionSummary({ id: '0190a8c0-0000-7000-8000-0000000002a3', title: 'Séance annulée', status: 'annulee' }),
        ];
      },
      'bookings.create': (input) => {
        created.push(input);
        return { booking: bookingDto({ sessionId: FULL_SESSION, status: 'liste-attente', waitPosition: 3 }), receipts: [], warning: null };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Inscrire à un atelier' }));
    const dialog = await screen.findByRole('dialog');
    const today = parisDate(new Date());
    await waitFor(() => expect(calendars).toEqual([{ from: today, to: addDays(today, 27) }]));
    // Already booked there: not offered again. Cancelled sessions are not offered.
    expect((await within(dialog).findByRole('radio', { name: '05/03/2030, 14:00 — Premiers pas sur internet' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).queryByRole('radio', { name: /Séance annulée/ })).toBeNull();
    expect(within(dialog).getByText(/Complète : inscription en liste d’attente \(2 en attente\)/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: '05/03/2030, 10:00 — Démarches en ligne' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    await waitFor(() => expect(created).toEqual([{ sessionId: FULL_SESSION, beneficiaryId: PERSON_ID, printSlip: true }]));
    expect((await within(dialog).findByTestId('booking-result')).textContent).toContain('Session complète : ajouté·e en liste d’attente (rang 3).');
    await waitFor(() => expect(fake.call.mock.calls.filter(([method]) => method === 'bookings.of-person').length).toBeGreaterThanOrEqual(2));
  });

  it('cancels an upcoming booking after confirmation and reprints a slip', async () => {
    const promoted = bookingDto({ id: '0190a8c0-0000-7000-8000-0000000002b9', nom: 'Martin', prenom: 'Lucie', phone: null });
    const fake = renderPerson({
      'bookings.cancel': () => ({ booking: { ...UPCOMING, status: 'annule' }, promoted }),
      'bookings.print-slip': () => ({ delivery: 'queued', job: SLIP_JOB }),
    });
    const upcoming = await screen.findByTestId('person-bookings-upcoming');
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Réimprimer le ticket de « Premiers pas sur internet » du 05/03/2030' }));
    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('bookings.print-slip', { bookingId: UPCOMING.id }));
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Annuler l’inscription à « Premiers pas sur internet » du 05/03/2030' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler l’inscription' }));
    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('bookings.cancel', { bookingId: UPCOMING.id }));
    expect((await screen.findByTestId('promoted-notice')).textContent).toContain('Place libérée proposée à Lucie MARTIN — à appeler : pas de téléphone');
  });
});
