// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlacesDto } from '../../electron/common/contract';
import { AppError, type Input } from '../../electron/common/contract';
import { PlacesPage } from '../../renderer/src/features/sync/places-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { SLIP_JOB } from './session-fixtures';
import { minutesAgo, syncStatus } from './sync-fixtures';

afterEach(cleanup);

const MEDIA = '0190a8c0-0000-7000-8000-0000000007a1';

function places(overrides: Partial<PlacesDto> = {}): PlacesDto {
  return {
    linked: true,
    lastPullAt: minutesAgo(12),
    places: [
      {
        id: MEDIA,
        name: 'Médiathèque Mitterrand',
        kind: 'mediatheque',
        communeCode: '34301',
        services: [
          { id: '0190a8c0-0000-7000-8000-0000000007b1', name: 'Atelier découverte', themes: ['email'], passRequired: true, pricePasses: 1, durationMin: 90 },
          { id: '0190a8c0-0000-7000-8000-0000000007b2', name: 'Permanence libre', themes: [], passRequired: false, pricePasses: 1, durationMin: 60 },
        ],
        workshops: [
          {
            id: '0190a8c0-0000-7000-8000-0000000007c1',
            title: 'Mails et pièces jointes',
            serviceName: 'Atelier découverte',
            date: '2026-06-18',
            startTime: '10:00',
            durationMin: 90,
            capacity: 8,
            passRequired: true,
          },
        ],
      },
    ],
    ...overrides,
  };
}

function renderPlaces(answers: PlacesDto[], handlers: Handlers = {}) {
  let call = 0;
  const fake = fakeClient({ 'sync.places': () => answers[Math.min(call++, answers.length - 1)] as PlacesDto, 'sync.status': () => syncStatus(), ...handlers });
  renderWithApp(
    <PeopleProviders role="accueil">
      <PlacesPage />
    </PeopleProviders>,
    fake.client,
    { path: '/lieux' },
  );
  return fake;
}

describe('« Autres lieux » page', () => {
  it('shows each place with its services and its next collective workshops, and how old the hub’s data is', async () => {
    renderPlaces([places()]);
    expect(screen.getByRole('heading', { level: 1, name: 'Autres lieux de la collectivité' })).toBeTruthy();
    const place = within(await screen.findByRole('region', { name: 'Médiathèque Mitterrand' }));
    expect(place.getByText('Médiathèque / lieu de médiation')).toBeTruthy();
    expect(place.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Atelier découverte — 1 pass, 90 min', 'Permanence libre — sans pass, 60 min']);
    const table = place.getByRole('table', { name: 'Prochains ateliers collectifs — Médiathèque Mitterrand' });
    const cells = within(table).getAllByRole('row')[1]?.querySelectorAll('td');
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual(['18/06/2026', '10:00', 'Mails et pièces jointes (Atelier découverte)', '90 min', '8', 'Inscrire']);
    expect((await screen.findByTestId('hub-data-age')).textContent).toContain('Données du hub');
  });

  it('says when the desk has no hub, or when no other place shared anything, and follows the syncs', async () => {
    const fake = renderPlaces([places({ linked: false, lastPullAt: null, places: [] }), places({ places: [] }), places()]);
    expect(await screen.findByText('Ce poste n’est relié à aucun hub : les autres lieux de la collectivité ne lui sont pas connus.')).toBeTruthy();
    act(() => fake.emit('sync.changed', syncStatus()));
    expect(await screen.findByText('Aucun autre lieu n’a encore partagé ses services.')).toBeTruthy();
    act(() => fake.emit('sync.changed', syncStatus()));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Médiathèque Mitterrand' })).toBeTruthy());
  });

  it('books a person there through the hub, saying what is shared, and says why when it cannot', async () => {
    const booked: Array<Input<'sync.book-elsewhere'>> = [];
    renderPlaces([places()], {
      'beneficiaries.search': () => [
        { id: '0190a8c0-0000-7000-8000-0000000000b7', nom: 'Durand', prenom: 'Paul', birthYear: 1950, communeName: 'Sète', phone: null, email: null },
      ],
      'sync.book-elsewhere': (input) => {
        booked.push(input);
        if (booked.length === 2) throw new AppError('CONFLICT', 'Atelier complet à Médiathèque Mitterrand : proposez un autre atelier.');
        return {
          id: '0190a8c0-0000-7000-8000-0000000007d1',
          siteName: 'Médiathèque Mitterrand',
          title: 'Mails et pièces jointes',
          date: '2026-06-18',
          startTime: '10:00',
          durationMin: 90,
          seatsLeft: 3,
          receipts: [{ delivery: 'queued' as const, job: SLIP_JOB }],
          warning: null,
        };
      },
    });
    const open = await screen.findByRole('button', { name: 'Inscrire une personne à « Mails et pièces jointes » du 18/06/2026 — Médiathèque Mitterrand' });
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Inscrire une personne — Médiathèque Mitterrand' });
    expect(within(dialog).getByText(/Le nom, le prénom et le téléphone de la personne sont envoyés à Médiathèque Mitterrand pour cet atelier seulement/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    expect(await within(dialog).findByText('Choisissez d’abord la personne à inscrire.')).toBeTruthy();

    const pick = async () => {
      const search = within(dialog).getByRole('combobox', { name: 'Personne à inscrire' });
      fireEvent.change(search, { target: { value: 'du' } });
      await within(dialog).findAllByRole('option');
      fireEvent.keyDown(search, { key: 'ArrowDown' });
      fireEvent.keyDown(search, { key: 'Enter' });
      expect((await within(dialog).findByTestId('book-chosen')).textContent).toBe('Personne choisie : DURAND Paul');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    };
    await pick();
    expect((await within(dialog).findByTestId('booked-elsewhere')).textContent).toBe(
      'DURAND Paul est inscrit·e ; Médiathèque Mitterrand a reçu l’inscription. Il reste 3 places. Ticket envoyé à l’imprimante.',
    );
    expect(booked).toEqual([{ workshopId: '0190a8c0-0000-7000-8000-0000000007c1', beneficiaryId: '0190a8c0-0000-7000-8000-0000000000b7', printSlip: true }]);
    await pick();
    expect(await within(dialog).findByText('Atelier complet à Médiathèque Mitterrand : proposez un autre atelier.')).toBeTruthy();
    expect(within(dialog).queryByTestId('booked-elsewhere')).toBeNull();
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Fermer' }).at(-1) as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));
  });
});

