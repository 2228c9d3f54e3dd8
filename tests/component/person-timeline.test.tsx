// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, type TimelineEntryDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { PersonTimeline } from '../../renderer/src/features/beneficiaries/person/person-timeline';
import { OTHER_ID, PeopleProviders, person, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const MERGE_ID = '0190a8c0-0000-7000-8000-0000000000e1';
const MERGE: TimelineEntryDto = { kind: 'merge', at: '2026-11-20T10:00:00.000Z', mergedId: OTHER_ID, mergeId: MERGE_ID, undoneAt: null };

function renderTimeline(entries: TimelineEntryDto[], role: 'referent' | 'accueil', handlers: Handlers = {}) {
  const onChanged = vi.fn();
  const fake = fakeClient(handlers);
  renderWithApp(
    <PeopleProviders role={role}>
      <PersonTimeline personId={PERSON_ID} entries={entries} onChanged={onChanged} />
    </PeopleProviders>,
    fake.client,
  );
  return { ...fake, onChanged };
}

describe('person timeline: merges', () => {
  it('lets a referent undo a merge after confirming, then reloads the person', async () => {
    const fake = renderTimeline([MERGE], 'referent', { 'beneficiaries.undo-merge': () => person() });
    fireEvent.click(screen.getByRole('button', { name: 'Annuler cette fusion' }));
    expect(screen.getByText('Séparer de nouveau les deux fiches ?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, annuler la fusion' }));
    await waitFor(() => expect(fake.call).toHaveBeenCalledWith('beneficiaries.undo-merge', { mergeId: MERGE_ID }));
    await waitFor(() => expect(fake.onChanged).toHaveBeenCalled());
  });

  it('shows why the backend refuses, and offers nothing to accueil nor on an undone merge', async () => {
    renderTimeline([MERGE], 'referent', {
      'beneficiaries.undo-merge': () => {
        throw new AppError('CONFLICT', 'La fiche a été modifiée depuis la fusion : l’annuler effacerait ces modifications.');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Annuler cette fusion' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, annuler la fusion' }));
    expect((await screen.findByRole('alert')).textContent).toContain('La fiche a été modifiée depuis la fusion');
    cleanup();

    renderTimeline([MERGE], 'accueil');
    expect(screen.queryByRole('button', { name: 'Annuler cette fusion' })).toBeNull();
    cleanup();

    renderTimeline([{ ...MERGE, undoneAt: '2026-11-21T09:00:00.000Z' }], 'referent');
    expect(screen.getByText(/fusion annulée le 21\/11\/2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Annuler cette fusion' })).toBeNull();
  });
});

describe('person timeline: a booking made at another place through the hub', () => {
  it('says where the person is expected, that the place keeps the attendance, and who booked it', () => {
    renderTimeline(
      [
        {
          kind: 'booking-elsewhere',
          at: '2026-06-15T10:00:00.000Z',
          bookingId: '0190a8c0-0000-7000-8000-0000000000e2',
          siteName: 'Médiathèque Mitterrand',
          text: 'Inscrit·e à « Mails et pièces jointes » du 18/06/2026 à 14:00 — Médiathèque Mitterrand',
          agentName: 'Aminata Diallo',
        },
      ],
      'accueil',
    );
    expect(screen.getByText('Inscrit·e à « Mails et pièces jointes » du 18/06/2026 à 14:00 — Médiathèque Mitterrand')).toBeTruthy();
    expect(screen.getByText(/15\/06\/2026 — réservé par le hub auprès de Médiathèque Mitterrand, qui tient la présence — Aminata Diallo/)).toBeTruthy();
  });
});
