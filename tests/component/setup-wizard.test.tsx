// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, type CommuneDto } from '../../electron/common/contract';
import { SetupWizard } from '../../renderer/src/features/setup/setup-wizard';
import { fakeClient, renderWithApp } from './render-app';

const LODEVE: CommuneDto = { code: '34142', nom: 'Lodève', departement: '34', codesPostaux: ['34700'] };

afterEach(cleanup);

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillSiteStep() {
  type('Nom du lieu', 'CCAS de Lodève');
  fireEvent.click(screen.getByRole('radio', { name: 'CCAS' }));
  const commune = screen.getByRole('textbox', { name: 'Commune' });
  fireEvent.focus(commune);
  fireEvent.change(commune, { target: { value: 'Lodève' } });
  const option = await screen.findByRole('option', { name: 'Lodève (34700) — INSEE 34142' }, { timeout: 3000 });
  fireEvent.click(option);
  await waitFor(() => expect(commune).toHaveProperty('value', 'Lodève (34700) — INSEE 34142'));
  fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
  await screen.findByLabelText('Nom affiché');
}

function fillAdminStep(confirm: string) {
  type('Nom affiché', 'Jean Martin');
  type('Identifiant', 'jean');
  type('Mot de passe', 'un mot de passe long');
  type('Confirmer le mot de passe', confirm);
  fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
}

describe('first-run wizard', () => {
  it('refuses a confirmation that does not match, in French, and sends nothing', async () => {
    const { client, call } = fakeClient({ 'communes.search': () => [LODEVE] });
    const onDone = vi.fn();
    renderWithApp(<SetupWizard onDone={onDone} />, client);
    await fillSiteStep();
    fillAdminStep('un autre mot de passe');
    expect(await screen.findByText('Les mots de passe ne correspondent pas.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer le poste' })).toBeNull();
    expect(call.mock.calls.map(([method]) => method)).not.toContain('setup.complete');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('stays on the first step until the place is complete', async () => {
    const { client } = fakeClient({});
    renderWithApp(<SetupWizard onDone={() => undefined} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await screen.findByText('Choisissez la commune dans la liste.')).toBeTruthy();
    expect(screen.getByText('Choisissez le type de lieu.')).toBeTruthy();
    expect(screen.queryByLabelText('Nom affiché')).toBeNull();
  });

  it('shows the summary, sends setup.complete and shows a backend refusal in an alert', async () => {
    let refuse = true;
    const { client, call } = fakeClient({
      'communes.search': () => [LODEVE],
      'setup.complete': () => {
        if (refuse) throw new AppError('ALREADY_SET_UP');
        return { id: '0190a8c0-0000-7000-8000-000000000000', name: 'CCAS de Lodève', kind: 'ccas', communeCode: '34142', communeName: 'Lodève' };
      },
    });
    const onDone = vi.fn();
    renderWithApp(<SetupWizard onDone={onDone} />, client);
    await fillSiteStep();
    fillAdminStep('un mot de passe long');

    expect(await screen.findByText('CCAS de Lodève')).toBeTruthy();
    expect(screen.getByText('Lodève (34700) — INSEE 34142')).toBeTruthy();
    expect(screen.getByText('Jean Martin (jean)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Créer le poste' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Ce poste est déjà configuré.');
    expect(onDone).not.toHaveBeenCalled();

    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Créer le poste' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(call).toHaveBeenCalledWith('setup.complete', {
      site: { name: 'CCAS de Lodève', kind: 'ccas', communeCode: '34142' },
      admin: { displayName: 'Jean Martin', login: 'jean', password: 'un mot de passe long' },
    });
  });
});
