// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlacesDto } from '../../electron/common/contract';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { PlacesPage } from '../../renderer/src/features/sync/places-page';
import { session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp } from './render-app';
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

function renderPlaces(answers: PlacesDto[]) {
  let call = 0;
  const fake = fakeClient({ 'sync.places': () => answers[Math.min(call++, answers.length - 1)] as PlacesDto, 'sync.status': () => syncStatus() });
  renderWithApp(
    <SessionProvider initial={session('accueil')}>
      <PlacesPage />
    </SessionProvider>,
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
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual(['18/06/2026', '10:00', 'Mails et pièces jointes (Atelier découverte)', '90 min', '8']);
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
});
