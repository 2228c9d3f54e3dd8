// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { BeneficiarySummaryDto } from '../../electron/common/contract';
import { PeoplePage } from '../../renderer/src/features/beneficiaries/search/people-page';
import { OTHER_ID, PeopleProviders, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { carnet } from './stock-fixtures';

afterEach(() => cleanup());

const DUPONT: BeneficiarySummaryDto = { id: PERSON_ID, nom: 'Dupont', prenom: 'Héloïse', birthYear: 1962, communeName: 'Montpellier', phone: null, email: null };
const DUPOND: BeneficiarySummaryDto = { id: OTHER_ID, nom: 'Dupond', prenom: 'Jean-Pierre', birthYear: 1980, communeName: null, phone: '0612345678', email: null };

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderSearch(handlers: Handlers) {
  const fake = fakeClient(handlers);
  renderWithApp(
    <PeopleProviders>
      <Routes>
        <Route path="/personnes" element={<PeoplePage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path: '/personnes' },
  );
  return fake;
}

const field = () => screen.getByRole('combobox', { name: 'Rechercher une personne' });

describe('person search', () => {
  it('shows a hundred results as a virtualised list: a window of rows in the page, the highlighted one always among them', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...DUPONT, id: `0190a3c4-0000-7000-8000-${String(i).padStart(12, '0')}`, prenom: `Personne ${i + 1}` }));
    renderSearch({ 'beneficiaries.search': () => many });
    fireEvent.change(field(), { target: { value: 'dupont' } });
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeLessThan(20);
    expect(options[0]?.getAttribute('aria-setsize')).toBe('100');
    expect(options[0]?.getAttribute('aria-posinset')).toBe('1');
    const activePosition = () => document.getElementById(field().getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-posinset');
    await waitFor(() => expect(activePosition()).toBe('1'));
    // Ctrl+End goes to the last result: the window follows and the highlighted row is in the page.
    fireEvent.keyDown(field(), { key: 'End', ctrlKey: true });
    await waitFor(() => expect(activePosition()).toBe('100'));
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    await waitFor(() => expect(activePosition()).toBe('99'));
    const active = document.getElementById(field().getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toContain('DUPONT Personne 99');
    expect(screen.getAllByRole('option').length).toBeLessThan(20);
    expect(screen.getByText('Seules les 100 premières personnes sont affichées : précisez la recherche.')).toBeTruthy();
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    renderSearch({ 'beneficiaries.search': () => [DUPONT, DUPOND] });
    fireEvent.change(field(), { target: { value: 'dupon' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('DUPONT Héloïse'),
      expect.stringContaining('DUPOND Jean-Pierre'),
    ]);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(field().getAttribute('aria-activedescendant')).toBe(options[0]?.id);

    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true'));
    expect(field().getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    // Past the end it stays on the last one; up goes back.
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect((await screen.findByTestId('where')).textContent).toBe(`/personnes/${OTHER_ID}`);
  });

  it('says when nobody is found and offers to register the person, prefilled', async () => {
    const fake = renderSearch({ 'beneficiaries.search': () => [] });
    fireEvent.change(field(), { target: { value: 'Zyzzyva Léa' } });
    expect(await screen.findByText('Aucune personne trouvée pour « Zyzzyva Léa ».')).toBeTruthy();
    expect(fake.call).toHaveBeenCalledWith('beneficiaries.search', { query: 'Zyzzyva Léa', limit: 100 });
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire une nouvelle personne' }));
    expect((await screen.findByTestId('where')).textContent).toBe('/personnes/nouvelle?q=Zyzzyva%20L%C3%A9a');
  });

  it('keeps only the answer to the latest query', async () => {
    let releaseFirst: (value: BeneficiarySummaryDto[]) => void = () => undefined;
    renderSearch({
      'beneficiaries.search': ({ query }) =>
        query === 'dup' ? new Promise<BeneficiarySummaryDto[]>((resolve) => (releaseFirst = resolve)) : [DUPOND],
    });
    fireEvent.change(field(), { target: { value: 'dup' } });
    await waitFor(() => expect(releaseFirst).not.toBe(undefined));
    await new Promise((resolve) => setTimeout(resolve, 150));
    fireEvent.change(field(), { target: { value: 'dupond' } });
    expect(await screen.findByText('DUPOND Jean-Pierre')).toBeTruthy();
    releaseFirst([DUPONT]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('DUPONT Héloïse')).toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('opens the first result of what is typed when Enter came before the answer', async () => {
    let release: (value: BeneficiarySummaryDto[]) => void = () => undefined;
    renderSearch({
      'beneficiaries.search': ({ query }) =>
        query === 'dupond' ? new Promise<BeneficiarySummaryDto[]>((resolve) => (release = resolve)) : [DUPONT],
    });
    fireEvent.change(field(), { target: { value: 'dup' } });
    expect(await screen.findByText('DUPONT Héloïse')).toBeTruthy();
    fireEvent.change(field(), { target: { value: 'dupond' } });
    // The stale list of « dup » is on screen: Enter must not open DUPONT.
    fireEvent.keyDown(field(), { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('where')).toBeNull();
    release([DUPOND, DUPONT]);
    expect((await screen.findByTestId('where')).textContent).toBe(`/personnes/${OTHER_ID}`);
  });

  it('opens the holder’s page when a pass or carnet is scanned, and searches any other code as text', async () => {
    const fake = renderSearch({
      'passes.lookup': ({ code }) =>
        code === '1000000011'
          ? { kind: 'carnet', carnet: carnet({ holder: { id: OTHER_ID, nom: 'Dupond', prenom: 'Jean-Pierre' } }), history: [] }
          : { kind: 'not-found', reason: 'mal-lu', message: 'Numéro mal lu.' },
      'beneficiaries.search': () => [DUPONT],
    });
    act(() => fake.emit('scanner.scanned', { code: '0612345678', source: 'hid' }));
    await waitFor(() => expect(field()).toHaveProperty('value', '0612345678'));
    act(() => fake.emit('scanner.scanned', { code: '1000000011', source: 'hid' }));
    expect((await screen.findByTestId('where')).textContent).toBe(`/personnes/${OTHER_ID}`);
  });

  it('shows a spinner in the field only while an answer is slow, never for a quick one', async () => {
    let answerSlowly: (people: BeneficiarySummaryDto[]) => void = () => undefined;
    renderSearch({
      'beneficiaries.search': ({ query }) =>
        query === 'dupo' ? new Promise<BeneficiarySummaryDto[]>((resolve) => (answerSlowly = resolve)) : [DUPONT],
    });
    const spinner = () => document.querySelector('.mantine-Loader-root');
    fireEvent.change(field(), { target: { value: 'dup' } });
    await screen.findByRole('option');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(spinner()).toBeNull();

    fireEvent.change(field(), { target: { value: 'dupo' } });
    expect(spinner()).toBeNull();
    await waitFor(() => expect(spinner()).not.toBeNull(), { timeout: 2000 });
    act(() => answerSlowly([DUPOND]));
    await waitFor(() => expect(spinner()).toBeNull());
    expect((await screen.findByRole('option')).textContent).toContain('DUPOND Jean-Pierre');
  });
});
