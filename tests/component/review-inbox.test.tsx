// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Input, type ReviewItemDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { ReviewInbox } from '../../renderer/src/features/sync/review-inbox';
import { session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { conflictItem, REVIEW_IDS, rejectedItem, settledItem, syncStatus } from './sync-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

function renderInbox(handlers: Handlers = {}) {
  const lists: Array<Input<'sync.review-list'>> = [];
  const settles: Array<Input<'sync.review-settle'>> = [];
  let open: ReviewItemDto[] = [conflictItem(), rejectedItem()];
  const fake = fakeClient({
    'sync.review-list': (input) => {
      lists.push(input);
      return input.includeSettled ? [...open, settledItem()] : open;
    },
    'sync.review-settle': (input) => {
      settles.push(input);
      const item = open.find((candidate) => candidate.id === input.id)!;
      open = open.filter((candidate) => candidate.id !== input.id);
      return { ...item, settlement: { outcome: input.outcome, comment: input.comment ?? '', at: '2026-12-04T09:00:00.000Z', byName: 'Aminata Diallo' } };
    },
    ...handlers,
  });
  renderWithApp(
    <SessionProvider initial={session('referent')}>
      <ReviewInbox />
    </SessionProvider>,
    fake.client,
  );
  return { ...fake, lists, settles, setOpen: (items: ReviewItemDto[]) => (open = items) };
}

const items = () => screen.getAllByTestId('review-item');
const factOf = (item: HTMLElement, label: string) => within(item).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('« À examiner » review inbox', () => {
  it('says what happened for each item: kind, operation, pass, session, person, other site, the hub’s message, when', async () => {
    renderInbox();
    expect(screen.getByRole('heading', { level: 2, name: 'À examiner' })).toBeTruthy();
    await waitFor(() => expect(items()).toHaveLength(2));
    const [conflict, rejected] = items();
    expect(within(conflict!).getByRole('heading', { level: 3 }).textContent).toBe('Pass déjà utilisé sur un autre site');
    expect(within(conflict!).getByText('À régler')).toBeTruthy();
    expect(factOf(conflict!, 'Opération')).toBe('Pass utilisé');
    expect(factOf(conflict!, 'Pass')).toBe('1000000025');
    expect(factOf(conflict!, 'Séance')).toBe('Premiers pas sur smartphone');
    expect(factOf(conflict!, 'Personne')).toBe('DUPONT Héloïse');
    expect(factOf(conflict!, 'Autre site')).toBe('CCAS de Montpellier, le 02/12/2026 à 10:12');
    expect(factOf(conflict!, 'Message du hub')).toBe('Pass déjà utilisé au CCAS de Montpellier le 02/12/2026 à 10:12.');
    expect(factOf(conflict!, 'Survenu ici le')).toBe('03/12/2026 à 14:05');
    expect(factOf(conflict!, 'Signalé par le hub le')).toBe('03/12/2026 à 14:20');
    expect(within(rejected!).getByRole('heading', { level: 3 }).textContent).toBe('Opération refusée par le hub');
    expect(within(rejected!).queryByText('Personne', { selector: 'dt' })).toBeNull();
    expect(within(rejected!).getByRole('button', { name: 'Régler : Carnet remis' })).toBeTruthy();
  });

  it('settles an item with one of the three outcomes and a comment, then reloads', async () => {
    const fake = renderInbox();
    fireEvent.click(await screen.findByRole('button', { name: 'Régler : Pass 1000000025' }));
    const dialog = await screen.findByRole('dialog', { name: 'Régler : Pass 1000000025' });
    expect(within(dialog).getAllByRole('radio')).toHaveLength(3);
    expect(within(dialog).getByLabelText('Séance maintenue : le pass ne sera pas remboursé')).toBeTruthy();
    expect(within(dialog).getByLabelText('Signalé à l’autre site ou à l’émetteur')).toBeTruthy();
    expect(within(dialog).getByLabelText('Erreur de saisie au guichet')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Choisissez comment la situation a été réglée.')).toBeTruthy();
    expect(fake.settles).toEqual([]);

    fireEvent.click(within(dialog).getByLabelText('Séance maintenue : le pass ne sera pas remboursé'));
    fireEvent.change(within(dialog).getByLabelText('Commentaire (facultatif)'), { target: { value: 'Vu avec le CCAS.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Situation réglée.')).toBeTruthy();
    expect(fake.settles).toEqual([{ id: REVIEW_IDS.conflict, outcome: 'seance-maintenue', comment: 'Vu avec le CCAS.' }]);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Régler : Pass 1000000025' })).toBeNull();
  });

  it('shows the backend’s refusal inside the dialog', async () => {
    renderInbox({
      'sync.review-settle': () => {
        throw new AppError('CONFLICT', 'Cette situation a déjà été réglée par Claire Martin.');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Régler : Carnet remis' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('Erreur de saisie au guichet'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Cette situation a déjà été réglée par Claire Martin.');
  });

  it('shows settled items with their settlement on demand', async () => {
    const fake = renderInbox();
    await waitFor(() => expect(items()).toHaveLength(2));
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher les situations réglées' }));
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(fake.lists).toEqual([{ includeSettled: false }, { includeSettled: true }]);
    const settled = items()[2]!;
    expect(within(settled).getByText('Réglé')).toBeTruthy();
    expect(within(settled).getByTestId('review-settlement').textContent).toContain(
      'Réglé le 04/12/2026 à 09:30 par Claire Martin : Signalé à l’autre site ou à l’émetteur',
    );
    expect(within(settled).getByText('Commentaire : Appel à l’émetteur le 4/12.')).toBeTruthy();
    expect(within(settled).queryByRole('button')).toBeNull();
  });

  it('says so in words when there is nothing to review, and reloads on sync.changed', async () => {
    const fake = renderInbox();
    await waitFor(() => expect(items()).toHaveLength(2));
    fake.setOpen([]);
    act(() => fake.emit('sync.changed', syncStatus({ toReview: 0 })));
    expect(await screen.findByText('Aucune situation à examiner.')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher les situations réglées' }));
    await waitFor(() => expect(items()).toHaveLength(1));
  });
});
