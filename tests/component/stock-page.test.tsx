// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { StockPage } from '../../renderer/src/features/stock/stock-page';
import { PeopleProviders } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { issuer, lot, LOT_ID } from './stock-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

function renderStock(role: 'accueil' | 'referent' | 'admin', handlers: Handlers = {}) {
  const fake = fakeClient({
    'stock.lots': () => [lot()],
    'stock.issuers': () => [issuer()],
    'beneficiaries.criteria': () => [{ code: 'senior', label: 'Senior', builtIn: true }],
    'stock.settings': () => ({ maxCarnetsPerPerson: 2, agentCopy: false }),
    ...handlers,
  });
  renderWithApp(
    <PeopleProviders role={role}>
      <StockPage />
    </PeopleProviders>,
    fake.client,
    { path: '/stock' },
  );
  return fake;
}

describe('stock page', () => {
  it('lists the lots with their phase, alert and counts; the front desk cannot manage them', async () => {
    renderStock('accueil');
    const card = await screen.findByTestId('lot-card');
    expect(within(card).getByRole('heading', { name: 'Lot CMD-2026-01 — APTIC' })).toBeTruthy();
    expect(within(card).getByText('État du lot : Fin proche')).toBeTruthy();
    expect(within(card).getByTestId('lot-alert').textContent).toContain('Ce lot expire le 31/12/2026');
    expect(within(card).getByTestId('lot-counts').textContent).toContain('En stock : 40');
    expect(within(card).getByText('Pass utilisés : 12 sur 500 (révoqués : 0)')).toBeTruthy();
    expect(within(card).getByText(/Pass non utilisés : 488, soit 4\s880,00\s€/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nouveau lot' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Recevoir du stock/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Émetteurs' })).toBeNull();
  });

  it('creates a lot: euros become cents, the grace period follows the end of validity', async () => {
    const created: Array<Input<'stock.create-lot'>> = [];
    renderStock('referent', {
      'stock.create-lot': (input) => {
        created.push(input);
        return lot();
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau lot' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Référence de la commande/), { target: { value: 'CMD-9' } });
    fireEvent.change(within(dialog).getByLabelText(/Valeur faciale/), { target: { value: '10,50' } });
    fireEvent.change(within(dialog).getByLabelText(/Valable jusqu’au/), { target: { value: '2027-01-31' } });
    expect((within(dialog).getByLabelText(/Accepté jusqu’au/) as HTMLInputElement).value).toBe('2027-02-28');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le lot' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ faceValueCents: 1050, carnetSize: 10, validUntil: '2027-01-31', graceUntil: '2027-02-28', blockDays: 15, warningDays: 30, perimeter: null });
  });

  it('checks a CSV file first and shows each problem with its line, then imports', async () => {
    const calls: Array<Input<'stock.import-csv'>> = [];
    renderStock('referent', {
      'stock.import-csv': (input) => {
        calls.push(input);
        return input.dryRun
          ? { imported: false, carnets: 2, passes: 19, dataLines: 20, problemCount: 1, problems: [{ line: 7, message: 'Numéro de pass invalide : « 123 ».' }] }
          : { imported: true, carnets: 2, passes: 19, dataLines: 20, problemCount: 0, problems: [] };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Recevoir du stock/ }));
    const dialog = await screen.findByRole('dialog');
    const file = new File(['carnet;pass\nC000101;1000000001\n'], 'livraison.csv', { type: 'text/csv' });
    fireEvent.change(within(dialog).getByLabelText(/Fichier CSV/), { target: { files: [file] } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Importer les lignes valides' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vérifier le fichier' }));
    const problems = await within(dialog).findByTestId('import-problems');
    expect(problems.textContent).toContain('Ligne 7 : Numéro de pass invalide : « 123 ».');
    expect(within(dialog).getByText('Lignes lues : 20')).toBeTruthy();
    expect(calls[0]).toMatchObject({ lotId: LOT_ID, mode: 'good-lines', dryRun: true });
    expect(calls[0]?.csv).toContain('C000101;1000000001');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Importer' }));
    expect(await within(dialog).findByText('2 carnets et 19 pass ajoutés au stock.')).toBeTruthy();
    expect(calls[1]).toMatchObject({ dryRun: false, mode: 'good-lines' });
  });

  it('previews a range (last carnet, last pass) before adding it', async () => {
    const calls: Array<Input<'stock.add-range'>> = [];
    renderStock('referent', {
      'stock.add-range': (input) => {
        calls.push(input);
        return { imported: !input.dryRun, carnets: 3, passes: 30, firstCarnet: 'C000101', lastCarnet: 'C000103', firstPass: '1000000001', lastPass: '1000000030' };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Recevoir du stock/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Plage de numéros' }));
    fireEvent.change(await within(dialog).findByLabelText(/Premier numéro de carnet/), { target: { value: 'C000101' } });
    fireEvent.change(within(dialog).getByLabelText(/Nombre de carnets/), { target: { value: '3' } });
    fireEvent.change(within(dialog).getByLabelText(/Premier numéro de pass/), { target: { value: '1000000001' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aperçu' }));
    const preview = await within(dialog).findByTestId('range-preview');
    expect(preview.textContent).toContain('Dernier carnet : C000103');
    expect(preview.textContent).toContain('Dernier pass : 1000000030');
    expect(calls[0]).toMatchObject({ firstCarnet: 'C000101', carnetCount: 3, firstPass: '1000000001', dryRun: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter au stock' }));
    await waitFor(() => expect(calls[1]).toMatchObject({ dryRun: false }));
  });

  it('creates an issuer with its two numbering rules, and shows a rule refused by the backend beside its field', async () => {
    const saved: Array<Input<'stock.save-issuer'>> = [];
    renderStock('referent', {
      'stock.save-issuer': (input) => {
        saved.push(input);
        if (saved.length === 1) {
          throw new AppError('INVALID_INPUT', 'Règle de numérotation invalide.', { 'passRule.pattern': 'Règle de numérotation invalide : « ([0-9] » n’est pas une expression régulière valide.' });
        }
        return issuer({ name: 'Docaposte' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nouvel émetteur' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Nom de l’émetteur/), { target: { value: 'Docaposte' } });
    const [carnetPattern, passPattern] = within(dialog).getAllByLabelText(/Règle \(expression régulière\)/);
    fireEvent.change(carnetPattern as HTMLElement, { target: { value: 'D\\d{7}' } });
    fireEvent.change(passPattern as HTMLElement, { target: { value: '([0-9]' } });
    const [, passCheck] = within(dialog).getAllByLabelText('Chiffre de contrôle');
    fireEvent.change(passCheck as HTMLElement, { target: { value: 'luhn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Règle de numérotation invalide : « ([0-9] » n’est pas une expression régulière valide.')).toBeTruthy();
    expect((passPattern as HTMLInputElement).value).toBe('([0-9]');

    fireEvent.change(passPattern as HTMLElement, { target: { value: 'DP\\d{8}' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toEqual({
      name: 'Docaposte',
      carnetRule: { pattern: 'D\\d{7}', checkDigit: 'none' },
      passRule: { pattern: 'DP\\d{8}', checkDigit: 'luhn' },
    });
  });
});
