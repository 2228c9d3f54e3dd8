// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { PersonPage } from '../../renderer/src/features/beneficiaries/person/person-page';
import { bilan, OTHER_ID, PeopleProviders, person, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const CRITERIA = [{ code: 'senior', label: 'Senior', builtIn: true }];

function renderPerson(role: 'accueil' | 'referent', handlers: Handlers = {}) {
  const fake = fakeClient({
    'beneficiaries.get': ({ id }) => (id === OTHER_ID ? person({ id: OTHER_ID, prenom: 'Heloise', phone: null, email: 'h.dupont@exemple.fr' }) : person()),
    'beneficiaries.history': () => [
      { kind: 'bilan', at: '2026-11-22T10:00:00.000Z', bilan: bilan() },
      { kind: 'bilan', at: '2026-11-21T10:00:00.000Z', bilan: bilan({ id: '0190a8c0-0000-7000-8000-0000000000c2', status: 'completed', completedAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z' }) },
    ],
    'beneficiaries.criteria': () => CRITERIA,
    ...handlers,
  });
  renderWithApp(
    <PeopleProviders role={role}>
      <Routes>
        <Route path="/personnes/:id" element={<PersonPage />} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path: `/personnes/${PERSON_ID}` },
  );
  return fake;
}

describe('person page', () => {
  it('shows identity, criteria, bilans and the timeline; the front desk neither merges nor runs bilans', async () => {
    renderPerson('accueil');
    expect(await screen.findByRole('heading', { level: 1, name: 'DUPONT Héloïse' })).toBeTruthy();
    expect(screen.getByTestId('person-identity').textContent).toContain('Né·e en 1962 (60 à 69 ans)');
    expect(screen.getByTestId('person-identity').textContent).toContain('Téléphone : 06 12 34 56 78');
    expect(await screen.findByText('Senior')).toBeTruthy();
    const bilans = screen.getByTestId('person-bilans');
    expect(within(bilans).getByText('Brouillon du 22/11/2026')).toBeTruthy();
    expect(within(bilans).getByText('Bilan terminé le 21/11/2026')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Nouveau bilan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fusionner avec…' })).toBeNull();
  });

  it('shows the notice in the person’s language, right to left for Arabic', async () => {
    renderPerson('accueil');
    fireEvent.click(await screen.findByRole('button', { name: 'Notice d’information' }));
    const arabic = await screen.findByTestId('notice-ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.textContent).toContain('Montpellier');
    expect(screen.getByTestId('notice-fr').getAttribute('dir')).toBe('ltr');
  });

  it('lets a referent merge a duplicate into this record after comparing both side by side', async () => {
    const merges: Array<Input<'beneficiaries.merge'>> = [];
    const fake = renderPerson('referent', {
      'beneficiaries.search': () => [
        { id: PERSON_ID, nom: 'Dupont', prenom: 'Héloïse', birthYear: 1962, communeName: null, phone: null, email: null },
        { id: OTHER_ID, nom: 'Dupont', prenom: 'Heloise', birthYear: 1962, communeName: null, phone: null, email: null },
      ],
      'beneficiaries.merge': (input) => {
        merges.push(input);
        return person({ email: 'h.dupont@exemple.fr' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Fusionner avec…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Rechercher une personne' }), { target: { value: 'dupont' } });
    // The record on screen is not offered as its own duplicate.
    const options = await within(dialog).findAllByRole('option');
    expect(options).toHaveLength(1);
    fireEvent.click(options[0] as HTMLElement);
    const table = await within(dialog).findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Fiche conservée' })).toBeTruthy();
    expect(within(table).getByText('h.dupont@exemple.fr')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fusionner les deux fiches' }));
    await waitFor(() => expect(merges).toEqual([{ survivorId: PERSON_ID, mergedId: OTHER_ID }]));
    await waitFor(() => expect(fake.call.mock.calls.filter(([method]) => method === 'beneficiaries.get').length).toBeGreaterThanOrEqual(3));
  });
});
