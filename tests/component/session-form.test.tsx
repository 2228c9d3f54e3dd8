// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, type Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionFormModal, type SessionFormResult } from '../../renderer/src/features/workshops/session-form/session-form-modal';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { FACILITATORS, OTHER_FACILITATOR_ID, OTHER_SERVICE_ID, SERVICE_ID, SESSION_ID, service, sessionId, sessionSummary } from './workshops-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const catalogue = [
  service(),
  service({ id: OTHER_SERVICE_ID, name: 'Démarches CAF en ligne', themes: ['demarches-administratives'], level: null, defaultDurationMin: 45, passRequired: false }),
  service({ id: '0190a8c0-0000-7000-8000-0000000000e3', name: 'Ancien atelier tablette', archived: true }),
];

function renderForm(handlers: Handlers = {}, props: Partial<Parameters<typeof SessionFormModal>[0]> = {}) {
  const saved: SessionFormResult[] = [];
  const fake = fakeClient({ 'services.list': () => catalogue, 'workshops.facilitators': () => FACILITATORS, ...handlers });
  renderWithApp(
    <PeopleProviders role="mediateur">
      <SessionFormModal opened defaultDate="2027-03-03" onClose={() => undefined} onSaved={(result) => saved.push(result)} {...props} />
    </PeopleProviders>,
    fake.client,
  );
  return { ...fake, saved };
}

async function openDialog() {
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('option', { name: 'Premiers pas sur smartphone' });
  return dialog;
}

/** The themes picked in the multi-select, as its pills read. */
const chosenThemes = (dialog: HTMLElement) => [...dialog.querySelectorAll('.mantine-Pill-label')].map((pill) => pill.textContent);

/** The error text announced with a field (empty when the field is valid). */
function errorOf(input: HTMLElement): string {
  if (input.getAttribute('aria-invalid') !== 'true') return '';
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const field = (dialog: HTMLElement, label: RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;

describe('session form', () => {
  it('fills themes, level, duration and title from the service, and creates a weekly series of 4', async () => {
    const created: Array<Input<'workshops.create'>> = [];
    const { saved } = renderForm({
      'workshops.create': (input) => {
        created.push(input);
        return [0, 7, 14, 21].map((days, n) => sessionSummary({ id: sessionId(n + 1), date: `2027-03-${String(3 + days).padStart(2, '0')}` }));
      },
    });
    const dialog = await openDialog();
    expect(within(dialog).queryByRole('option', { name: /Ancien atelier tablette/ })).toBeNull();
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Service/ }), { target: { value: SERVICE_ID } });
    expect(field(dialog, /^Titre/).value).toBe('Premiers pas sur smartphone');
    expect(field(dialog, /^Durée/).value).toBe('90');
    expect((within(dialog).getByRole('combobox', { name: 'Niveau' }) as HTMLSelectElement).value).toBe('debutant');
    expect(chosenThemes(dialog)).toEqual(['Prendre en main du matériel', 'Navigation sur internet']);

    fireEvent.change(field(dialog, /^Titre/), { target: { value: 'Smartphone : les bases' } });
    fireEvent.change(field(dialog, /^Heure de début/), { target: { value: '14:00' } });
    fireEvent.change(field(dialog, /^Salle/), { target: { value: 'Salle Condorcet' } });
    fireEvent.change(field(dialog, /^Nombre de places/), { target: { value: '10' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Animateur ou animatrice/ }), { target: { value: OTHER_FACILITATOR_ID } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Répéter chaque semaine/ }));
    fireEvent.change(field(dialog, /^Nombre de semaines/), { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer les 4 séances' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toEqual({
      weeks: 4,
      fields: {
        kind: 'collectif',
        title: 'Smartphone : les bases',
        serviceId: SERVICE_ID,
        themes: ['prendre-en-main-materiel', 'navigation-internet'],
        level: 'debutant',
        date: '2027-03-03',
        startTime: '14:00',
        durationMin: 90,
        room: 'Salle Condorcet',
        facilitatorId: OTHER_FACILITATOR_ID,
        capacity: 10,
      },
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ mode: 'created' });
  });

  it('gives an individual appointment one seat', async () => {
    const created: Array<Input<'workshops.create'>> = [];
    renderForm({
      'workshops.create': (input) => {
        created.push(input);
        return [sessionSummary({ kind: 'individuel', capacity: 1 })];
      },
    });
    const dialog = await openDialog();
    fireEvent.change(field(dialog, /^Nombre de places/), { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Rendez-vous individuel' }));
    expect(field(dialog, /^Nombre de places/).value).toBe('1');
    expect(field(dialog, /^Nombre de places/).readOnly).toBe(true);
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Service/ }), { target: { value: OTHER_SERVICE_ID } });
    expect(field(dialog, /^Durée/).value).toBe('45');
    fireEvent.change(field(dialog, /^Heure de début/), { target: { value: '10:15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer la séance' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ weeks: 1, fields: { kind: 'individuel', capacity: 1, level: null, themes: ['demarches-administratives'], title: 'Démarches CAF en ligne', facilitatorId: null } });
  });

  it('checks the fields with the contract’s French messages before sending', async () => {
    const create = vi.fn(() => []);
    renderForm({ 'workshops.create': create });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer la séance' }));
    expect(await within(dialog).findByText('Choisissez un service.')).toBeTruthy();
    expect(within(dialog).getByText('Saisissez l’heure de début.')).toBeTruthy();
    expect(within(dialog).getByText('Titre : 2 caractères au moins.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('shows a field error from the backend beside its field', async () => {
    renderForm({
      'workshops.create': () => {
        throw new AppError('INVALID_INPUT', 'Les informations envoyées ne sont pas valides.', {
          'fields.room': 'La salle Condorcet est déjà prise à cette heure-là.',
          title: 'Un atelier porte déjà ce titre ce jour-là.',
        });
      },
    });
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Service/ }), { target: { value: SERVICE_ID } });
    fireEvent.change(field(dialog, /^Heure de début/), { target: { value: '14:00' } });
    fireEvent.change(field(dialog, /^Salle/), { target: { value: 'Salle Condorcet' } });
    fireEvent.change(field(dialog, /^Nombre de places/), { target: { value: '8' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer la séance' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(errorOf(field(dialog, /^Salle/))).toContain('La salle Condorcet est déjà prise à cette heure-là.');
    expect(errorOf(field(dialog, /^Titre/))).toContain('Un atelier porte déjà ce titre ce jour-là.');
    expect(errorOf(field(dialog, /^Heure de début/))).toBe('');
  });

  it('edits a session: its values are shown, no series is offered, and the update is sent with its id', async () => {
    const updates: Array<Input<'workshops.update'>> = [];
    const session = sessionSummary({ room: 'Salle B', capacity: 8 });
    const { saved } = renderForm(
      {
        'workshops.update': (input) => {
          updates.push(input);
          return { session: { ...session, capacity: 12 }, bookings: [], activity: null };
        },
      },
      { session },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la séance' });
    await within(dialog).findByRole('option', { name: 'Premiers pas sur smartphone' });
    expect(field(dialog, /^Titre/).value).toBe('Premiers pas sur smartphone');
    expect(field(dialog, /^Heure de début/).value).toBe('14:00');
    expect(within(dialog).queryByRole('checkbox', { name: /Répéter chaque semaine/ })).toBeNull();
    fireEvent.change(field(dialog, /^Nombre de places/), { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toMatchObject({ id: SESSION_ID, fields: { capacity: 12, room: 'Salle B', date: '2027-03-03', startTime: '14:00', serviceId: SERVICE_ID } });
    await waitFor(() => expect(saved[0]).toMatchObject({ mode: 'updated' }));
  });
});
