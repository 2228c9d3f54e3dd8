// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Role, type SessionDto, type StatusDto } from '../../electron/common/contract';
import { SessionGate } from '../../renderer/src/app/session-gate';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

afterEach(cleanup);

const SITE = {
  id: '0190a8c0-0000-7000-8000-000000000001',
  name: 'Médiathèque Émile-Zola',
  kind: 'both' as const,
  communeCode: '34172',
  communeName: 'Montpellier',
};

const STATUS: StatusDto = {
  scanner: { state: 'unavailable', label: 'Lecteurs HID indisponibles (libusb absente)' },
  printer: { state: 'absent', label: 'Aucune imprimante de tickets configurée' },
  upload: { pending: 2, lastSuccessAt: null, state: 'never' },
};

function session(overrides: Partial<SessionDto> & { role?: Role; hasPin?: boolean } = {}): SessionDto {
  const { role = 'mediateur', hasPin = false, ...rest } = overrides;
  return {
    agent: { id: '0190a8c0-0000-7000-8000-000000000002', login: 'aminata', displayName: 'Aminata Diallo', role, hasPin },
    site: SITE,
    locked: false,
    pinTriesLeft: hasPin ? 5 : 0,
    idleLockMinutes: 5,
    ...rest,
  };
}

function renderGate(initial: SessionDto | null, handlers: Handlers, path = '/') {
  const fake = fakeClient({ 'status.get': () => STATUS, 'auth.touch': () => null, ...handlers });
  renderWithApp(
    <SessionProvider initial={initial}>
      <SessionGate site={SITE} />
    </SessionProvider>,
    fake.client,
    { path },
  );
  return fake;
}

describe('lock screen', () => {
  it('asks for the PIN, shows the tries left and the backend error, then opens the app', async () => {
    let current = session({ hasPin: true, locked: true });
    renderGate(current, {
      'auth.session': () => current,
      'auth.unlock': (input) => {
        if ('pin' in input && input.pin === '2468') {
          current = { ...current, locked: false, pinTriesLeft: 5 };
          return current;
        }
        current = { ...current, pinTriesLeft: current.pinTriesLeft - 1 };
        throw new AppError('BAD_PIN', `Code PIN incorrect. Il reste ${current.pinTriesLeft} essais.`);
      },
    });
    expect(screen.getByRole('heading', { name: 'Session verrouillée' })).toBeTruthy();
    expect(screen.getByText(/Aminata Diallo/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('Il reste 5 essais de code PIN.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Code PIN'), { target: { value: '0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Code PIN incorrect. Il reste 4 essais.');
    expect(await screen.findByText('Il reste 4 essais de code PIN.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Code PIN'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Aminata Diallo' })).toBeTruthy();
  });

  it('asks for the password when the agent has no PIN (or no tries left)', () => {
    renderGate(session({ hasPin: true, locked: true, pinTriesLeft: 0 }), {});
    expect(screen.queryByLabelText('Code PIN')).toBeNull();
    expect(screen.getByLabelText('Mot de passe')).toBeTruthy();
    expect(screen.getByText('Trop d’essais de code PIN : saisissez votre mot de passe.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
  });

  it('replaces the app when the backend pushes session.locked', async () => {
    const current = session();
    const { emit } = renderGate(current, { 'auth.session': () => ({ ...current, locked: true }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Aminata Diallo' })).toBeTruthy();
    act(() => emit('session.locked', { reason: 'idle' }));
    expect(await screen.findByRole('heading', { name: 'Session verrouillée' })).toBeTruthy();
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });
});

describe('login', () => {
  it('shows the backend message in an alert', async () => {
    renderGate(null, {
      'auth.login': () => {
        throw new AppError('BAD_CREDENTIALS');
      },
    });
    fireEvent.change(screen.getByLabelText('Identifiant'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'faux' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Identifiant ou mot de passe incorrect.');
  });
});

describe('app shell', () => {
  it('shows the agent, the site and the devices in words in the status bar', async () => {
    renderGate(session(), {});
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('Aminata Diallo (Médiateur·rice)');
    expect(footer.textContent).toContain('Médiathèque Émile-Zola');
    await waitFor(() => expect(footer.textContent).toContain('Lecteurs HID indisponibles'));
    expect(footer.textContent).toContain('Aucune imprimante de tickets configurée');
    expect(footer.textContent).toContain('Envoi : jamais effectué — 2 opérations en attente');
  });

  it('hides Agents from a role without agents.list and refuses the page', () => {
    renderGate(session({ role: 'accueil' }), {}, '/agents');
    const nav = screen.getByRole('navigation');
    expect(within(nav).queryByRole('link', { name: 'Agents' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour à la page d’accueil' })).toBeTruthy();
  });

  it('lets an administrator see Agents and shows a creation refusal inside the dialog', async () => {
    const admin = session({ role: 'admin' });
    renderGate(admin, {
      'agents.list': () => [
        { ...admin.agent, disabled: false, createdAt: '2026-01-01T00:00:00.000Z', lastLoginAt: null },
      ],
      'agents.create': () => {
        throw new AppError('LOGIN_TAKEN');
      },
    }, '/agents');
    expect(await screen.findByRole('cell', { name: 'Aminata Diallo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nouvel agent' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Nom affiché'), { target: { value: 'Chloé Petit' } });
    fireEvent.change(within(dialog).getByLabelText('Identifiant'), { target: { value: 'aminata' } });
    fireEvent.click(within(dialog).getByRole('textbox', { name: 'Rôle' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Référent·e' }));
    fireEvent.change(within(dialog).getByLabelText('Mot de passe'), { target: { value: 'chloe-mot-de-passe' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Cet identifiant est déjà utilisé.');
  });
});
