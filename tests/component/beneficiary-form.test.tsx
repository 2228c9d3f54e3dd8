// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type DuplicateCandidateDto, type Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { CreatePersonPage } from '../../renderer/src/features/beneficiaries/form/create-person-page';
import { OTHER_ID, PeopleProviders, person } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const CRITERIA = [
  { code: 'senior', label: 'Senior', builtIn: true },
  { code: 'isole', label: 'Personne isolée', builtIn: true },
];

const CANDIDATE: DuplicateCandidateDto = {
  id: OTHER_ID,
  nom: 'Dupont',
  prenom: 'Héloise',
  birthYear: 1962,
  communeName: 'Montpellier',
  phone: '0612345678',
  email: null,
  reasons: ['nom', 'prenom'],
};

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname}</p>;
}

function renderCreate(handlers: Handlers, query = '') {
  const fake = fakeClient({ 'beneficiaries.criteria': () => CRITERIA, 'beneficiaries.check-duplicates': () => [], ...handlers });
  renderWithApp(
    <PeopleProviders>
      <Routes>
        <Route path="/personnes/nouvelle" element={<CreatePersonPage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </PeopleProviders>,
    fake.client,
    { path: `/personnes/nouvelle${query}` },
  );
  return fake;
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Inscrire la personne' }));

/** The message Mantine shows under a field (linked through aria-describedby). */
function errorOf(label: string | RegExp): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('beneficiary form', () => {
  it('prefills the names from the search, shows the age band, and puts each error beside its field', async () => {
    renderCreate({}, '?q=Dupont%20H%C3%A9lo%C3%AFse');
    expect((screen.getByLabelText(/^Nom/) as HTMLInputElement).value).toBe('Dupont');
    expect((screen.getByLabelText(/^Prénom/) as HTMLInputElement).value).toBe('Héloïse');
    expect(await screen.findByLabelText('Senior')).toBeTruthy();

    type(/^Nom/, '');
    type(/^Année de naissance/, '1850');
    type(/^Téléphone/, '12');
    type(/^Adresse e-mail/, 'pas-une-adresse');
    submit();
    expect(await screen.findByText('Corrigez les champs signalés.')).toBeTruthy();
    expect(errorOf(/^Nom/)).toContain('Nom obligatoire.');
    expect(errorOf(/^Année de naissance/)).toContain('1900 ou après');
    expect(errorOf(/^Téléphone/)).toContain('Numéro de téléphone invalide');
    expect(errorOf(/^Adresse e-mail/)).toContain('Adresse e-mail invalide');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Nom/));

    type(/^Nom/, 'Dupont');
    type(/^Année de naissance/, '1962');
    expect(screen.getByText('Tranche d’âge : 60 à 69 ans')).toBeTruthy();
    expect(errorOf(/^Nom/)).not.toContain('Nom obligatoire.');
  });

  it('shows the backend’s field errors beside the fields and keeps what was typed', async () => {
    renderCreate({
      'beneficiaries.create': () => {
        throw new AppError('INVALID_INPUT', 'Les informations envoyées ne sont pas valides.', { 'fields.email': 'Adresse déjà refusée par le serveur.' });
      },
    });
    type(/^Nom/, 'Martin');
    type(/^Prénom/, 'Léa');
    type(/^Adresse e-mail/, 'lea@exemple.fr');
    submit();
    expect(await screen.findByText('Les informations envoyées ne sont pas valides.')).toBeTruthy();
    await waitFor(() => expect(errorOf(/^Adresse e-mail/)).toContain('Adresse déjà refusée par le serveur.'));
    expect((screen.getByLabelText(/^Nom/) as HTMLInputElement).value).toBe('Martin');
    expect((screen.getByLabelText(/^Adresse e-mail/) as HTMLInputElement).value).toBe('lea@exemple.fr');
  });

  it('warns, without blocking, when the note seems to hold sensitive information', async () => {
    renderCreate({});
    type(/^Note/, 'Préfère le matin');
    expect(screen.queryByTestId('note-guard')).toBeNull();
    type(/^Note/, 'Suivi médical à l’hôpital');
    expect(screen.getByTestId('note-guard').textContent).toBe(
      'Cette note semble contenir des informations sensibles (médical, hôpital) : n’écrivez que ce qui sert à l’accompagnement.',
    );
  });

  it('warns about a probable duplicate as the agent types, and creates only after an explicit confirmation', async () => {
    const created: Array<Input<'beneficiaries.create'>> = [];
    const fake = renderCreate({
      'beneficiaries.check-duplicates': ({ nom }) => (nom?.toLowerCase().startsWith('dupon') ? [CANDIDATE] : []),
      'beneficiaries.create': (input) => {
        created.push(input);
        return { beneficiary: person({ id: '0190a8c0-0000-7000-8000-0000000000b9' }), duplicates: [] };
      },
    });
    type(/^Nom/, 'Dupont');
    type(/^Prénom/, 'Héloïse');
    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByText('Cette personne est peut-être déjà inscrite')).toBeTruthy();
    expect(within(warning).getByText('Ressemblance : nom, prénom')).toBeTruthy();
    const link = within(warning).getByRole('link', { name: 'Ouvrir la fiche de DUPONT Héloise' });
    expect(link.getAttribute('href')).toBe(`/personnes/${OTHER_ID}`);
    expect(fake.call).toHaveBeenCalledWith('beneficiaries.check-duplicates', expect.objectContaining({ nom: 'Dupont', prenom: 'Héloïse' }));

    submit();
    expect(await screen.findAllByText('Cochez la case pour inscrire quand même, ou ouvrez la fiche existante.')).not.toHaveLength(0);
    expect(created).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('J’ai vérifié : c’est une autre personne, l’inscrire quand même'));
    submit();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.confirmDuplicate).toBe(true);
    expect(created[0]?.fields).toMatchObject({ nom: 'Dupont', prenom: 'Héloïse' });
    expect((await screen.findByTestId('where')).textContent).toBe('/personnes/0190a8c0-0000-7000-8000-0000000000b9');
  });

  it('asks for the confirmation when the backend finds a duplicate the warning had not shown yet', async () => {
    let calls = 0;
    renderCreate({
      'beneficiaries.create': ({ confirmDuplicate }) => {
        calls += 1;
        return confirmDuplicate ? { beneficiary: person(), duplicates: [] } : { beneficiary: null, duplicates: [CANDIDATE] };
      },
    });
    type(/^Nom/, 'Dupont');
    type(/^Prénom/, 'Héloïse');
    submit();
    expect(await screen.findByTestId('duplicate-warning')).toBeTruthy();
    expect(calls).toBe(1);
    expect(screen.queryByTestId('where')).toBeNull();
  });
});
