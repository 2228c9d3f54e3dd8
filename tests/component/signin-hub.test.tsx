// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignInResultDto, SyncStatusDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { ScanBusProvider } from '../../renderer/src/features/scanning/scan-bus';
import { SignInPage } from '../../renderer/src/features/workshops/signin/signin-page';
import { session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp } from './render-app';
import { booking, PEOPLE, SIGNIN_SESSION_ID, sessionDetail } from './signin-fixtures';
import { minutesAgo, notConfigured, syncStatus } from './sync-fixtures';

/** Texts with the no-break spaces of French formats turned into plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => {
  clearNotifications();
  cleanup();
});

function renderSignIn(status: SyncStatusDto, hub?: Extract<SignInResultDto, { outcome: 'present' }>['hub']) {
  const tones: string[] = [];
  const fake = fakeClient({
    'workshops.get': () => sessionDetail(),
    'sync.status': () => status,
    'signin.scan': () => ({
      outcome: 'present',
      message: 'DUPONT Héloïse est présente.',
      booking: booking({ beneficiaryId: PEOPLE.heloise, status: 'present', passesRedeemed: 1, passNumbers: ['1000000025'] }),
      passNumber: '1000000025',
      added: false,
      passesMissing: 0,
      ...(hub ? { hub } : {}),
    }),
  });
  renderWithApp(
    <SessionProvider initial={session('mediateur')}>
      <ScanBusProvider playTone={(tone) => tones.push(tone)}>
        <Routes>
          <Route path="/emargement/:id" element={<SignInPage />} />
        </Routes>
      </ScanBusProvider>
    </SessionProvider>,
    fake.client,
    { path: `/emargement/${SIGNIN_SESSION_ID}` },
  );
  return { ...fake, tones };
}

async function scan(fake: ReturnType<typeof renderSignIn>) {
  await screen.findByTestId('signin-counter');
  act(() => fake.emit('scanner.scanned', { code: '1000000025', source: 'test' }));
  await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
  return screen.getByTestId('signin-banner');
}

describe('sign-in screen: the hub', () => {
  it('shows how old the reference data is, and keeps it current', async () => {
    const fake = renderSignIn(syncStatus({ lastPullAt: minutesAgo(12) }));
    const line = await screen.findByTestId('hub-data-age');
    expect(plain(line.textContent)).toBe('Données du hub : il y a 12 min');
    expect(line.getAttribute('data-warning')).toBeNull();
    act(() => fake.emit('sync.changed', syncStatus({ lastPullAt: minutesAgo(30 * 60) })));
    expect(plain(screen.getByTestId('hub-data-age').textContent)).toBe(
      'Données du hub : il y a 1 jour — plus de 24 h, un pass remis ou utilisé ailleurs depuis peut être inconnu ici',
    );
    expect(screen.getByTestId('hub-data-age').getAttribute('data-warning')).toBe('true');
  });

  it('says when the desk is not enrolled with a hub', async () => {
    renderSignIn(notConfigured());
    expect((await screen.findByTestId('hub-data-age')).textContent).toBe('Poste non relié au hub');
  });

  it('shows a conflict from the hub as a red alert with its message, and plays the error tone', async () => {
    const fake = renderSignIn(syncStatus(), { status: 'conflict', message: 'Pass déjà utilisé au CCAS de Montpellier le 02/12/2026 à 10:12.' });
    const banner = await scan(fake);
    const alert = within(banner).getByRole('alert');
    expect(alert.textContent).toContain('Pass déjà utilisé sur un autre site');
    expect(alert.textContent).toContain('DUPONT Héloïse');
    expect(alert.textContent).toContain('Pass déjà utilisé au CCAS de Montpellier le 02/12/2026 à 10:12.');
    expect(alert.textContent).toContain('La présence est enregistrée');
    expect(banner.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('refused');
    expect(within(banner).getByRole('status').textContent).toBe('');
    await waitFor(() => expect(fake.tones).toEqual(['error']));
  });

  it('adds an amber « à confirmer » note when the hub has not answered yet', async () => {
    const fake = renderSignIn(syncStatus(), { status: 'waiting', message: 'Vérification par le hub à la prochaine synchronisation.' });
    const banner = await scan(fake);
    const status = within(banner).getByRole('status');
    expect(status.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('present');
    expect(within(status).getByTestId('hub-note').textContent).toBe('À confirmer — Vérification par le hub à la prochaine synchronisation.');
    expect(fake.tones).toEqual(['success']);
  });

  it('adds a discreet check when the hub accepted the pass, and nothing without a hub', async () => {
    const fake = renderSignIn(syncStatus(), { status: 'accepted', message: 'Accepté.' });
    const banner = await scan(fake);
    expect(within(banner).getByTestId('hub-note').textContent).toBe('Pass confirmé par le hub');
    cleanup();
    const alone = renderSignIn(notConfigured());
    const withoutHub = await scan(alone);
    expect(within(withoutHub).queryByTestId('hub-note')).toBeNull();
  });

  it('marks a pass « à confirmer » in amber on the person’s row until the hub has answered', async () => {
    const confirmed = booking({ beneficiaryId: PEOPLE.jeanne, nom: 'Lefèvre', prenom: 'Jeanne', status: 'present', passesRedeemed: 1, passNumbers: ['1000000017'] });
    let detail = sessionDetail({ bookings: [{ ...confirmed, passesToConfirm: ['1000000017'] }] });
    const fake = fakeClient({ 'workshops.get': () => detail, 'sync.status': () => syncStatus() });
    renderWithApp(
      <SessionProvider initial={session('mediateur')}>
        <ScanBusProvider playTone={() => undefined}>
          <Routes>
            <Route path="/emargement/:id" element={<SignInPage />} />
          </Routes>
        </ScanBusProvider>
      </SessionProvider>,
      fake.client,
      { path: `/emargement/${SIGNIN_SESSION_ID}` },
    );
    const row = await screen.findByRole('listitem', { name: 'LEFÈVRE Jeanne' });
    expect(within(row).getByTestId('pass-to-confirm').textContent).toBe('À confirmer par le hub : 1000000017');
    // The next sync confirms it: the row is read again and the amber mark goes.
    detail = sessionDetail({ bookings: [confirmed] });
    act(() => fake.emit('sync.changed', syncStatus()));
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'LEFÈVRE Jeanne' })).queryByTestId('pass-to-confirm')).toBeNull());
  });
});

