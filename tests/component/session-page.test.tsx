// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input, Role } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { canCall } from '../../renderer/src/features/auth/access';
import { SessionPage } from '../../renderer/src/features/workshops/session/session-page';
import { PeopleProviders, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { activityDto, bookingDto, BOOKING_ID, SERIES_ID, SESSION_ID, sessionBookings, sessionDetail, SLIP_JOB } from './session-fixtures';

const printHtml = vi.hoisted(() => vi.fn(async (_html: string) => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));

beforeEach(() => printHtml.mockClear());
afterEach(() => {
  clearNotifications();
  cleanup();
});

const OTHER_PERSON = '0190a8c0-0000-7000-8000-0000000000b7';
const SEARCH_RESULTS = [
  { id: PERSON_ID, nom: 'Dupont', prenom: 'Héloïse', birthYear: 1962, communeName: 'Montpellier', phone: '0612345678', email: null },
  { id: OTHER_PERSON, nom: 'Durand', prenom: 'Paul', birthYear: 1950, communeName: 'Montpellier', phone: null, email: null },
];

function renderSession(role: Role, handlers: Handlers = {}) {
  const fake = fakeClient({ 'workshops.get': () => sessionDetail(), ...handlers });
  renderWithApp(
    <PeopleProviders role={role}>
      <Routes>
        <Route path="/ateliers/:id" element={<SessionPage />} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path: `/ateliers/${SESSION_ID}` },
  );
  return fake;
}

describe('session page', () => {
  it('shows the session, its seats, the booked people and the waiting list', async () => {
    renderSession('mediateur');
    expect(await screen.findByRole('heading', { level: 1, name: 'Premiers pas sur internet' })).toBeTruthy();
    const header = screen.getByTestId('session-header');
    expect(header.textContent).toContain('mardi 5 mars 2030, de 14:00 à 16:00');
    expect(header.textContent).toContain('Salle : Salle Jules-Verne');
    expect(header.textContent).toContain('Animé par : Aminata Diallo');
    expect(header.textContent).toContain('Statut : Prévue');
    expect(screen.getByTestId('session-seats').textContent).toBe('Capacité : 8 places — 2 inscrit·es — 6 places restantes — 1 personne en liste d’attente');
    const booked = screen.getByTestId('session-booked');
    expect(within(booked).getByText('DUPONT Héloïse')).toBeTruthy();
    expect(within(booked).getByText('À venir')).toBeTruthy();
    expect(within(booked).getByText('Présent·e')).toBeTruthy();
    expect(within(booked).getByText('1000000001')).toBeTruthy();
    expect(within(booked).getByText('pas de téléphone')).toBeTruthy();
    const waiting = screen.getByTestId('session-waiting');
    expect(within(waiting).getByText('MARTIN Lucie')).toBeTruthy();
    expect(within(waiting).getByRole('button', { name: 'Retirer MARTIN Lucie de la liste d’attente' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir l’émargement' }).getAttribute('href')).toBe(`/emargement/${SESSION_ID}`);
  });

  it('offers edit, cancel and close only to the roles the contract allows', async () => {
    renderSession('accueil');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Modifier' }) !== null).toBe(canCall('accueil', 'workshops.update'));
    expect(screen.queryByRole('button', { name: 'Annuler la séance' }) !== null).toBe(canCall('accueil', 'workshops.cancel'));
    expect(screen.queryByRole('button', { name: 'Clôturer' }) !== null).toBe(canCall('accueil', 'workshops.close'));
    expect(screen.getByRole('button', { name: 'Inscrire une personne' })).toBeTruthy();
  });

  it('books a person chosen with the keyboard and prints the booking slip', async () => {
    const created: Array<Input<'bookings.create'>> = [];
    const fake = renderSession('accueil', {
      'beneficiaries.search': () => SEARCH_RESULTS,
      'bookings.create': (input) => {
        created.push(input);
        return {
          booking: bookingDto({ id: '0190a8c0-0000-7000-8000-0000000000f8', beneficiaryId: OTHER_PERSON, nom: 'Durand', prenom: 'Paul' }),
          receipts: [{ delivery: 'browser-dialog', job: SLIP_JOB, html: '<p>Ticket de réservation</p>' }],
          warning: 'L’imprimante signale un rouleau presque vide.',
        };
      },
      'printer.mark-printed': () => ({ ...SLIP_JOB, state: 'printed' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Inscrire une personne' }));
    const dialog = await screen.findByRole('dialog');
    const search = within(dialog).getByRole('combobox', { name: 'Rechercher une personne' });
    fireEvent.change(search, { target: { value: 'du' } });
    await within(dialog).findAllByRole('option');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect((await within(dialog).findByTestId('book-chosen')).textContent).toBe('Personne choisie : DURAND Paul');
    expect((within(dialog).getByRole('checkbox', { name: 'Imprimer le ticket de réservation' }) as HTMLInputElement).checked).toBe(true);
    // The person chosen, « Inscrire » has the focus: Enter books them.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Inscrire' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    await waitFor(() => expect(created).toEqual([{ sessionId: SESSION_ID, beneficiaryId: OTHER_PERSON, printSlip: true }]));
    const result = await within(dialog).findByTestId('booking-result');
    expect(result.textContent).toContain('DURAND Paul');
    expect(result.textContent).toContain('Inscrit·e.');
    await waitFor(() => expect(result.textContent).toContain('Ticket de réservation envoyé à l’imprimante.'));
    expect(printHtml).toHaveBeenCalledWith('<p>Ticket de réservation</p>');
    expect(fake.call).toHaveBeenCalledWith('printer.mark-printed', { id: SLIP_JOB.id });
    expect(within(dialog).getByTestId('booking-warning').textContent).toContain('L’imprimante signale un rouleau presque vide.');
  });

  it('puts the person on the waiting list of a full session and says their rank', async () => {
    const created: Array<Input<'bookings.create'>> = [];
    renderSession('accueil', {
      'workshops.get': () => sessionDetail({ session: { booked: 8, seatsLeft: 0, waiting: 1 } }),
      'beneficiaries.search': () => SEARCH_RESULTS,
      'bookings.create': (input) => {
        created.push(input);
        return { booking: bookingDto({ beneficiaryId: OTHER_PERSON, nom: 'Durand', prenom: 'Paul', status: 'liste-attente', waitPosition: 2 }), receipts: [], warning: null };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Inscrire une personne' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Séance complète : la personne sera ajoutée en liste d’attente.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Imprimer le ticket de réservation' }));
    const search = within(dialog).getByRole('combobox', { name: 'Rechercher une personne' });
    fireEvent.change(search, { target: { value: 'durand' } });
    fireEvent.click((await within(dialog).findAllByRole('option'))[1] as HTMLElement);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    expect((await within(dialog).findByTestId('booking-result')).textContent).toContain('Session complète : ajouté·e en liste d’attente (rang 2).');
    expect(created).toEqual([{ sessionId: SESSION_ID, beneficiaryId: OTHER_PERSON, printSlip: false }]);
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('cancels a booking after confirmation and announces who got the freed seat, with their phone', async () => {
    const [booked, present, waiting] = sessionBookings();
    let detail = sessionDetail();
    const fake = renderSession('accueil', {
      'workshops.get': () => detail,
      'bookings.cancel': () => {
        const promoted = { ...waiting!, status: 'a-venir' as const, waitPosition: null, promotedAt: '2030-02-21T09:00:00.000Z' };
        detail = sessionDetail({ bookings: [promoted, present!] });
        return { booking: { ...booked!, status: 'annule' }, promoted };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler l’inscription de DUPONT Héloïse' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/DUPONT Héloïse ne sera plus inscrit·e à « Premiers pas sur internet » du 05\/03\/2030/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler l’inscription' }));
    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('bookings.cancel', { bookingId: BOOKING_ID }));
    expect((await screen.findByTestId('promoted-notice')).textContent).toContain('Place libérée proposée à Lucie MARTIN — à appeler : 04 67 00 00 00');
    await waitFor(() => expect(within(screen.getByTestId('session-booked')).queryByText('DUPONT Héloïse')).toBeNull());
    expect(within(screen.getByTestId('session-booked')).getByText('MARTIN Lucie')).toBeTruthy();
  });

  it('cancels the whole series with a reason, then lists the people to call and prints the call list', async () => {
    const cancels: Array<Input<'workshops.cancel'>> = [];
    renderSession('mediateur', {
      'workshops.get': () => sessionDetail({ session: { seriesId: SERIES_ID } }),
      'workshops.cancel': (input) => {
        cancels.push(input);
        return sessionDetail({ session: { seriesId: SERIES_ID, status: 'annulee', cancelReason: input.reason } });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler la séance' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler la séance' }));
    expect(await within(dialog).findByText('Motif obligatoire (2 caractères au moins).')).toBeTruthy();
    expect(cancels).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Motif de l’annulation/ }), { target: { value: 'Animatrice malade' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Toute la série : annuler aussi les séances suivantes' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler la séance' }));
    await waitFor(() => expect(cancels).toEqual([{ id: SESSION_ID, reason: 'Animatrice malade', wholeSeries: true }]));
    const calls = await screen.findByTestId('session-calls');
    expect(screen.getByRole('heading', { name: 'Personnes à prévenir' })).toBeTruthy();
    expect(screen.getByTestId('session-cancelled').textContent).toContain('Séance annulée. Motif : Animatrice malade');
    expect(within(calls).getByText('DUPONT Héloïse')).toBeTruthy();
    expect(within(calls).getByText('MARTIN Lucie')).toBeTruthy();
    // Karim Benali came already: nobody calls him.
    expect(within(calls).queryByText('BENALI Karim')).toBeNull();
    expect(within(calls).getByRole('link', { name: 'Appeler DUPONT Héloïse au 06 12 34 56 78' }).getAttribute('href')).toBe('tel:0612345678');
    expect(screen.queryByRole('button', { name: 'Inscrire une personne' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer la liste d’appel' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = printHtml.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('Liste d’appel — Premiers pas sur internet');
    expect(html).toContain('Prévenu·e');
    expect(html).toContain('DUPONT Héloïse');
    expect(html).toContain('06 12 34 56 78');
    expect(html).toContain('Motif de l’annulation : Animatrice malade');
  });

  it('closes the session with an excused person and shows the activity record', async () => {
    const closes: Array<Input<'workshops.close'>> = [];
    renderSession('mediateur', {
      'workshops.close': (input) => {
        closes.push(input);
        const [booked, present] = sessionBookings();
        return sessionDetail({ session: { status: 'close' }, bookings: [{ ...booked!, status: 'absent-excuse' }, present!], activity: activityDto() });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer' }));
    const dialog = await screen.findByRole('dialog');
    // An individual session's autonomy and redirection are not asked for a collective workshop.
    expect(within(dialog).queryByLabelText('Autonomie de la personne à la fin')).toBeNull();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'DUPONT Héloïse : excusé·e' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clôturer la séance' }));
    await waitFor(() => expect(closes).toEqual([{ id: SESSION_ID, excusedBookingIds: [BOOKING_ID], autonomy: null, redirection: null }]));
    const activity = await screen.findByTestId('session-activity');
    expect(activity.textContent).toContain('Atelier collectif');
    expect(activity.textContent).toContain('2 h');
    expect(activity.textContent).toContain('Navigation sur internet, E-mail');
    expect(activity.textContent).toContain('Dont premier accompagnement1');
    expect(within(screen.getByTestId('session-booked')).getByText('Absent·e excusé·e')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clôturer' })).toBeNull();
  });

  it('asks autonomy and redirection when closing an individual session', async () => {
    const closes: Array<Input<'workshops.close'>> = [];
    renderSession('mediateur', {
      'workshops.get': () => sessionDetail({ session: { kind: 'individuel', capacity: 1 }, bookings: [bookingDto()] }),
      'workshops.close': (input) => {
        closes.push(input);
        return sessionDetail({ session: { kind: 'individuel', status: 'close' }, bookings: [bookingDto({ status: 'present' })], activity: activityDto({ type: 'individuel', autonomy: 'autonome', redirection: 'aide-sociale' }) });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Autonomie de la personne à la fin'), { target: { value: 'autonome' } });
    fireEvent.change(within(dialog).getByLabelText('Orientation vers une autre structure'), { target: { value: 'aide-sociale' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clôturer la séance' }));
    await waitFor(() => expect(closes).toEqual([{ id: SESSION_ID, excusedBookingIds: [], autonomy: 'autonome', redirection: 'aide-sociale' }]));
    const activity = await screen.findByTestId('session-activity');
    expect(activity.textContent).toContain('Autonome');
    expect(activity.textContent).toContain('Structure d’aide sociale');
  });

  it('reprints a booking slip and reloads when the session changes elsewhere', async () => {
    let detail = sessionDetail();
    const fake = renderSession('accueil', {
      'workshops.get': () => detail,
      'bookings.print-slip': () => ({ delivery: 'queued', job: SLIP_JOB }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Réimprimer le ticket de DUPONT Héloïse' }));
    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('bookings.print-slip', { bookingId: BOOKING_ID }));
    expect(await screen.findByText('Ticket de réservation envoyé à l’imprimante.')).toBeTruthy();
    detail = sessionDetail({ bookings: [] });
    act(() => fake.emit('workshops.changed', { sessionId: '0190a8c0-0000-7000-8000-0000000000ff', date: '2027-03-03' }));
    act(() => fake.emit('workshops.changed', { sessionId: SESSION_ID, date: '2027-03-03' }));
    expect(await screen.findByText('Personne n’est inscrit pour l’instant.')).toBeTruthy();
    expect(fake.call.mock.calls.filter(([method]) => method === 'workshops.get')).toHaveLength(2);
  });
});
