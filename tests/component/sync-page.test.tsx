// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Input, type Role, type SyncStatusDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { StatusBar } from '../../renderer/src/features/shell/status-bar';
import { SyncPage } from '../../renderer/src/features/sync/sync-page';
import { session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { minutesAgo, notConfigured, syncStatus } from './sync-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

/** Texts with the no-break spaces of French numbers turned into plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderSync(role: Role, status: SyncStatusDto, handlers: Handlers = {}) {
  const fake = fakeClient({ 'sync.status': () => status, 'sync.review-list': () => [], ...handlers });
  renderWithApp(
    <SessionProvider initial={session(role)}>
      <SyncPage />
    </SessionProvider>,
    fake.client,
    { path: '/synchronisation' },
  );
  return fake;
}

/** The value shown beside a label of the status card's description list. */
function fact(label: string): string {
  const term = within(screen.getByTestId('sync-facts')).getByText(label, { selector: 'dt' });
  return plain(term.nextElementSibling?.textContent);
}

const calls = (fake: ReturnType<typeof fakeClient>, method: string) => fake.call.mock.calls.filter(([name]) => name === method);

describe('« Synchronisation » page: status', () => {
  it('says the state in words and shows the hub, the last exchanges and what waits, in French formats', async () => {
    renderSync('mediateur', syncStatus({ nextAttemptAt: new Date(Date.now() + 4 * 60_000 + 10_000).toISOString() }));
    expect(screen.getByRole('heading', { level: 1, name: 'Synchronisation' })).toBeTruthy();
    expect((await screen.findByTestId('sync-state')).textContent).toBe('État : À jour');
    expect(fact('Adresse du hub')).toBe('https://hub.montpellier3m.fr');
    expect(fact('Collectivité')).toBe('Montpellier Méditerranée Métropole');
    expect(fact('Lieu déclaré au hub')).toBe('Médiathèque Émile-Zola');
    expect(fact('Relié depuis le')).toBe('02/11/2026 à 10:15');
    expect(fact('Dernier envoi')).toMatch(/\(il y a 5 min\)$/);
    expect(fact('Dernières données reçues du hub')).toMatch(/^\d\d\/\d\d\/\d{4} à \d\d:\d\d \(il y a 3 h\)$/);
    expect(fact('Opérations en attente d’envoi')).toBe('1 234');
    expect(fact('Dont en attente d’un nouvel essai')).toBe('2');
    expect(fact('En attente de la mise à jour du hub')).toBe('0');
    expect(fact('Situations à examiner')).toBe('3');
    expect(fact('Prochain essai')).toMatch(/\(dans 5 min\)$/);
    expect(screen.queryByText('Données du hub anciennes')).toBeNull();
    expect(screen.queryByTestId('sync-last-error')).toBeNull();
  });

  it('warns when the reference data is more than 24 h old, and shows the last error and the clock warning', async () => {
    renderSync(
      'mediateur',
      syncStatus({
        state: 'offline',
        lastPullAt: minutesAgo(26 * 60),
        lastError: { message: 'Le hub ne répond pas (délai dépassé).', at: '2026-12-03T13:20:00.000Z' },
        clockWarning: 'L’horloge de ce poste avance de 2 jours sur celle du hub.',
      }),
    );
    expect((await screen.findByTestId('sync-state')).textContent).toBe('État : Hub injoignable');
    expect(screen.getByText(/Le réseau ou le hub ne répond pas/)).toBeTruthy();
    expect(fact('Dernières données reçues du hub')).toMatch(/\(il y a 1 jour\)$/);
    expect(screen.getByText('Données du hub anciennes')).toBeTruthy();
    const lastError = screen.getByTestId('sync-last-error');
    expect(lastError.textContent).toContain('Dernière erreur, le 03/12/2026 à 14:20');
    expect(lastError.textContent).toContain('Le hub ne répond pas (délai dépassé).');
    expect(screen.getByText('L’horloge de ce poste avance de 2 jours sur celle du hub.')).toBeTruthy();
  });

  it('keeps current with sync.changed', async () => {
    const fake = renderSync('mediateur', syncStatus());
    await screen.findByText('État : À jour');
    act(() => fake.emit('sync.changed', syncStatus({ state: 'syncing', pending: 7 })));
    expect(screen.getByTestId('sync-state').textContent).toBe('État : Synchronisation en cours…');
    expect(fact('Opérations en attente d’envoi')).toBe('7');
  });
});

describe('« Synchroniser maintenant »', () => {
  it('syncs at once for any agent and confirms it', async () => {
    const fake = renderSync('accueil', syncStatus({ pending: 4 }), { 'sync.now': () => syncStatus({ pending: 0, lastPushAt: minutesAgo(0) }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Synchroniser maintenant' }));
    expect(await screen.findByText('Synchronisation terminée.')).toBeTruthy();
    expect(calls(fake, 'sync.now')).toEqual([['sync.now', {}]]);
    expect(fact('Opérations en attente d’envoi')).toBe('0');
    expect(fact('Dernier envoi')).toMatch(/\(à l’instant\)$/);
  });

  it('says why the sync did not go through: the hub’s answer, or the call’s error', async () => {
    const answers: Array<() => SyncStatusDto> = [
      () => syncStatus({ state: 'failing', lastError: { message: 'Le hub a répondu : service indisponible (503).', at: minutesAgo(0) } }),
      () => {
        throw new AppError('TIMEOUT');
      },
    ];
    renderSync('mediateur', syncStatus(), { 'sync.now': () => answers.shift()!() });
    fireEvent.click(await screen.findByRole('button', { name: 'Synchroniser maintenant' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La synchronisation n’a pas abouti');
    expect(alert.textContent).toContain('Le hub a répondu : service indisponible (503).');
    expect(screen.getByTestId('sync-state').textContent).toBe('État : Le hub répond par une erreur');
    fireEvent.click(screen.getByRole('button', { name: 'Synchroniser maintenant' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Le serveur local ne répond pas.'));
  });

  it('is unavailable, with the reason, when the desk is not enrolled or was withdrawn', async () => {
    renderSync('mediateur', notConfigured());
    const button = await screen.findByRole('button', { name: 'Synchroniser maintenant' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Indisponible : ce poste n’est relié à aucun hub.');
    cleanup();
    renderSync('mediateur', syncStatus({ state: 'revoked' }));
    expect((await screen.findByTestId('sync-state')).textContent).toBe('État : Poste retiré du hub');
    expect(screen.getByText('Indisponible : ce poste a été retiré du hub.')).toBeTruthy();
    expect(screen.getByText('Un·e administrateur·rice du poste peut le relier à un hub.')).toBeTruthy();
  });
});

describe('enrollment (administrators)', () => {
  it('is not offered to other roles, who are told who can do it', async () => {
    renderSync('referent', notConfigured());
    expect((await screen.findByTestId('sync-state')).textContent).toBe('État : Poste non relié au hub');
    expect(screen.getByText('Un·e administrateur·rice du poste peut le relier à un hub.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Relier ce poste à un hub' })).toBeNull();
    expect(screen.queryByLabelText('Code d’enrôlement')).toBeNull();
  });

  it('checks the fields with the contract’s rules, shows the backend’s field errors, then enrolls', async () => {
    const enrolls: Array<Input<'sync.enroll'>> = [];
    let attempt = 0;
    renderSync('admin', notConfigured(), {
      'sync.enroll': (input) => {
        enrolls.push(input);
        attempt += 1;
        if (attempt === 1) throw new AppError('INVALID_INPUT', 'Code d’enrôlement refusé par le hub.', { code: 'Code inconnu ou déjà utilisé.' });
        return syncStatus({ pending: 12, lastPushAt: null, lastPullAt: null });
      },
    });
    const form = within(await screen.findByRole('region', { name: 'Relier ce poste à un hub' }));
    expect(form.getByText(/sans aucun nom ni coordonnée de personne/)).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Relier le poste' }));
    expect(await form.findByText('Adresse du hub obligatoire.')).toBeTruthy();
    expect(form.getByText('Code d’enrôlement : 6 caractères au moins.')).toBeTruthy();
    fireEvent.change(form.getByLabelText('Adresse du hub'), { target: { value: 'ftp://hub.montpellier3m.fr' } });
    fireEvent.change(form.getByLabelText('Code d’enrôlement'), { target: { value: 'K7P-2QX-9M' } });
    fireEvent.click(form.getByRole('button', { name: 'Relier le poste' }));
    expect(await form.findByText('Adresse invalide : elle commence par https://')).toBeTruthy();
    expect(enrolls).toEqual([]);

    fireEvent.change(form.getByLabelText('Adresse du hub'), { target: { value: 'https://hub.montpellier3m.fr' } });
    fireEvent.click(form.getByRole('button', { name: 'Relier le poste' }));
    expect(await form.findByText('Code inconnu ou déjà utilisé.')).toBeTruthy();
    expect(form.getByRole('alert').textContent).toBe('Code d’enrôlement refusé par le hub.');
    expect(enrolls).toEqual([{ hubUrl: 'https://hub.montpellier3m.fr', code: 'K7P-2QX-9M' }]);

    fireEvent.click(form.getByRole('button', { name: 'Relier le poste' }));
    expect(await screen.findByText('Poste relié au hub : Montpellier Méditerranée Métropole — Médiathèque Émile-Zola.')).toBeTruthy();
    expect(screen.getByTestId('sync-state').textContent).toBe('État : À jour');
    expect(screen.queryByRole('region', { name: 'Relier ce poste à un hub' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Relier à un autre hub' })).toBeTruthy();
  });

  it('opens on demand when enrolled or withdrawn, and closes giving the focus back', async () => {
    renderSync('admin', syncStatus({ state: 'revoked' }));
    const open = await screen.findByRole('button', { name: 'Relier à un autre hub' });
    expect(screen.queryByLabelText('Adresse du hub')).toBeNull();
    fireEvent.click(open);
    expect(document.activeElement).toBe(screen.getByLabelText('Adresse du hub'));
    fireEvent.click(screen.getByRole('button', { name: 'Fermer sans relier' }));
    expect(screen.queryByLabelText('Adresse du hub')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Relier à un autre hub' })));
  });
});

describe('pass « à confirmer » policy', () => {
  it('is shown to every agent in the status, and set by administrators within 0–60 days', async () => {
    const saved: Array<Input<'sync.set-provisional-policy'>> = [];
    renderSync('admin', syncStatus(), {
      'sync.set-provisional-policy': (input) => {
        saved.push(input);
        return syncStatus({ provisionalMaxDays: input.maxDays });
      },
    });
    await screen.findByTestId('sync-state');
    expect(fact('Pass dont la remise n’est pas encore connue ici')).toBe('acceptés « à confirmer » si les données du hub ont moins de 7 jours');
    const form = within(screen.getByRole('region', { name: 'Pass à confirmer' }));
    const days = form.getByLabelText('Accepter tant que les données du hub ont moins de (jours)');
    expect((days as HTMLInputElement).value).toBe('7');
    fireEvent.change(days, { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer la règle' }));
    expect(await form.findByText('Nombre de jours obligatoire.')).toBeTruthy();
    expect(saved).toEqual([]);
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(form.getByRole('button', { name: 'Enregistrer la règle' }));
    expect(await screen.findByText('Règle des pass à confirmer enregistrée.')).toBeTruthy();
    expect(saved).toEqual([{ maxDays: 0 }]);
    expect(fact('Pass dont la remise n’est pas encore connue ici')).toBe('refusés');
  });

  it('is not offered to referents, nor on a desk without a hub', async () => {
    renderSync('referent', syncStatus());
    await screen.findByTestId('sync-state');
    expect(screen.queryByRole('region', { name: 'Pass à confirmer' })).toBeNull();
    cleanup();
    renderSync('admin', notConfigured());
    await screen.findByTestId('sync-state');
    expect(screen.queryByRole('region', { name: 'Pass à confirmer' })).toBeNull();
  });
});

describe('review inbox on the page', () => {
  it('is shown to referents and administrators only', async () => {
    const fake = renderSync('mediateur', syncStatus());
    await screen.findByTestId('sync-state');
    expect(screen.queryByRole('heading', { name: 'À examiner' })).toBeNull();
    expect(calls(fake, 'sync.review-list')).toEqual([]);
    cleanup();
    renderSync('referent', syncStatus());
    expect(await screen.findByText('Aucune situation à examiner.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'À examiner' })).toBeTruthy();
  });
});

describe('status bar', () => {
  it('says the new upload states in words and links to « Synchronisation »', async () => {
    const fake = fakeClient({
      'status.get': () => ({
        scanner: { state: 'ok', label: 'Lecteur simulé' },
        printer: { state: 'ok', label: 'Imprimante simulée' },
        upload: { pending: 3, lastSuccessAt: null, state: 'offline' },
      }),
    });
    renderWithApp(<StatusBar session={session('accueil')} />, fake.client);
    const link = await screen.findByRole('link', { name: 'Envoi : hub injoignable — 3 opérations en attente' });
    expect(link.getAttribute('href')).toBe('/synchronisation');
    act(() =>
      fake.emit('status.changed', {
        scanner: { state: 'ok', label: 'Lecteur simulé' },
        printer: { state: 'ok', label: 'Imprimante simulée' },
        upload: { pending: 0, lastSuccessAt: null, state: 'revoked' },
      }),
    );
    expect(screen.getByRole('link', { name: 'Envoi : poste retiré du hub' })).toBeTruthy();
  });
});
