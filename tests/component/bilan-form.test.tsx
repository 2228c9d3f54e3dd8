// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { BilanPage } from '../../renderer/src/features/beneficiaries/bilan/bilan-page';
import { bilan, BILAN_ID, GRID, PeopleProviders, person, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

const printHtml = vi.hoisted(() => vi.fn(async (_html: string) => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));

afterEach(() => {
  clearNotifications();
  cleanup();
});

function renderBilan(path: string, handlers: Handlers) {
  const fake = fakeClient({ 'beneficiaries.get': () => person(), 'bilans.grid': () => GRID, ...handlers });
  renderWithApp(
    <PeopleProviders>
      <Routes>
        <Route path="/personnes/:id/bilans/nouveau" element={<BilanPage />} />
        <Route path="/personnes/:id/bilans/:bilanId" element={<BilanPage />} />
        <Route path="/personnes/:id" element={<p>Fiche</p>} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path },
  );
  return fake;
}

describe('bilan form', () => {
  it('is generated from the grid: sections, choices, yes/no, number and text', async () => {
    renderBilan(`/personnes/${PERSON_ID}/bilans/nouveau`, {});
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau bilan — DUPONT Héloïse' })).toBeTruthy();
    expect(screen.getByText('Grille version 2')).toBeTruthy();
    const equipment = screen.getByRole('group', { name: 'Équipement' });
    expect(within(equipment).getByRole('checkbox', { name: 'Smartphone' })).toBeTruthy();
    expect(within(equipment).getByRole('checkbox', { name: 'Ordinateur' })).toBeTruthy();
    expect(within(equipment).getByRole('radio', { name: 'Oui' })).toBeTruthy();
    expect(within(equipment).getByRole('radio', { name: 'Non' })).toBeTruthy();
    const level = screen.getByRole('group', { name: 'Niveau' });
    expect(within(level).getByRole('radio', { name: 'Débutant·e' })).toBeTruthy();
    expect(within(level).getByLabelText('Nombre de pass proposés')).toBeTruthy();
    expect(within(level).getByLabelText('Précisions')).toBeTruthy();
  });

  it('saves the draft, then completes it once the required questions are answered', async () => {
    const drafts: Array<Input<'bilans.save-draft'>> = [];
    const completed: Array<Input<'bilans.complete'>> = [];
    renderBilan(`/personnes/${PERSON_ID}/bilans/nouveau`, {
      'bilans.save-draft': (input) => {
        drafts.push(input);
        return bilan({ answers: input.answers });
      },
      'bilans.complete': (input) => {
        completed.push(input);
        return bilan({ status: 'completed', answers: input.answers, completedAt: '2026-11-23T10:00:00.000Z' });
      },
    });
    fireEvent.click(await screen.findByRole('radio', { name: 'Débutant·e' }));
    fireEvent.change(screen.getByLabelText('Nombre de pass proposés'), { target: { value: '10' } });
    expect(screen.getByText('Modifications non enregistrées.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(drafts).toHaveLength(1));
    expect(drafts[0]).toEqual({ id: undefined, beneficiaryId: PERSON_ID, answers: { profil: 'debutant', passes: 10 } });
    expect(await screen.findByText(/^Brouillon enregistré à/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Terminer le bilan' }));
    expect(await screen.findByText('Réponse obligatoire pour terminer le bilan.')).toBeTruthy();
    expect(completed).toHaveLength(0);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Smartphone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Terminer le bilan' }));
    await waitFor(() => expect(completed).toHaveLength(1));
    // The draft's id, so the same bilan is completed.
    expect(completed[0]).toEqual({ id: BILAN_ID, beneficiaryId: PERSON_ID, answers: { profil: 'debutant', passes: 10, equipements: ['smartphone'] } });
    expect(await screen.findByText('Fiche')).toBeTruthy();
  });

  it('shows a completed bilan read only, with the grid version it was answered with', async () => {
    const fake = renderBilan(`/personnes/${PERSON_ID}/bilans/${BILAN_ID}`, {
      'bilans.get': () =>
        bilan({ status: 'completed', gridVersion: 2, answers: { equipements: ['ordinateur'], 'internet-domicile': false }, completedAt: '2026-11-22T11:00:00.000Z' }),
    });
    expect(await screen.findByText('Bilan terminé : il ne peut plus être modifié.')).toBeTruthy();
    expect(fake.call).toHaveBeenCalledWith('bilans.grid', { version: 2 });
    expect(screen.getByText('Ordinateur')).toBeTruthy();
    expect(screen.getByText('Non')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Terminer le bilan' })).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Imprimer le résumé' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimer un résumé court' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Imprimer le résumé' }));
    await waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    const html = printHtml.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('Résumé du bilan — DUPONT Héloïse');
    expect(html).toContain('<dt>Quels appareils la personne utilise-t-elle ?</dt><dd>Ordinateur</dd>');
    expect(html).toContain('<dt>Internet à la maison</dt><dd>Non</dd>');
  });

  it('lets an optional single choice be cleared again', async () => {
    const drafts: Array<Input<'bilans.save-draft'>> = [];
    renderBilan(`/personnes/${PERSON_ID}/bilans/nouveau`, {
      'bilans.save-draft': (input) => {
        drafts.push(input);
        return bilan({ answers: input.answers });
      },
    });
    fireEvent.click(await screen.findByRole('radio', { name: 'Débutant·e' }));
    fireEvent.click(screen.getByRole('button', { name: 'Effacer la réponse « Profil »' }));
    expect((screen.getByRole('radio', { name: 'Débutant·e' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(drafts).toHaveLength(1));
    expect(drafts[0]?.answers).toEqual({});
  });
});
