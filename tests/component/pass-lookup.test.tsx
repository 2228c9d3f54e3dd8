// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, LookupDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { ScanBusProvider } from '../../renderer/src/features/scanning/scan-bus';
import { PassLookupProvider } from '../../renderer/src/features/stock/lookup/pass-lookup-context';
import { OTHER_ID, session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp } from './render-app';
import { carnet, CARNET_ID, PASS_NUMBER } from './stock-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const HISTORY = [{ at: '2026-11-20T10:00:00.000Z', kind: 'distributed' as const, text: 'Carnet remis à DUPONT Héloïse.', agentName: 'Aminata Diallo', passNumber: null }];

function renderLookup(answer: (code: string) => LookupDto, role: 'accueil' | 'referent' = 'referent') {
  const tones: string[] = [];
  const revoked: Array<Input<'passes.revoke'>> = [];
  const fake = fakeClient({
    'passes.lookup': ({ code }) => answer(code),
    'passes.revoke': (input) => {
      revoked.push(input);
      return carnet();
    },
  });
  renderWithApp(
    <SessionProvider initial={session(role)}>
      <ScanBusProvider playTone={(tone) => tones.push(tone)}>
        <PassLookupProvider>
          <p>Accueil</p>
        </PassLookupProvider>
      </ScanBusProvider>
    </SessionProvider>,
    fake.client,
  );
  return { ...fake, tones, revoked };
}

const passOk = (): LookupDto => ({ kind: 'pass', passNumber: PASS_NUMBER, carnet: carnet(), redemption: { ok: true }, history: HISTORY });

describe('pass lookup', () => {
  it('opens with Ctrl+L and shows a usable pass, its carnet, holder and history', async () => {
    renderLookup(passOk);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, cancelable: true }));
    });
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    fireEvent.change(within(dialog).getByLabelText(/Numéro de pass ou de carnet/), { target: { value: '1000000001' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Consulter' }));
    expect((await within(dialog).findByTestId('lookup-redemption')).textContent).toContain('Utilisable aujourd’hui');
    expect(within(dialog).getByRole('heading', { name: 'Pass 1000000001' })).toBeTruthy();
    expect(within(dialog).getAllByText('État : Distribué', { selector: '.mantine-Badge-label' })).toHaveLength(2);
    expect(within(dialog).getByTestId('lookup-holder').textContent).toBe('DUPONT Héloïse');
    expect(within(dialog).getByTestId('lookup-history').textContent).toContain('Carnet remis à DUPONT Héloïse.');
    expect(within(dialog).getByTestId('lookup-history').textContent).toContain('Aminata Diallo');
  });

  it('opens on a scan no screen takes, and shows the refusal in red', async () => {
    const fake = renderLookup(() => ({
      kind: 'pass',
      passNumber: PASS_NUMBER,
      carnet: carnet({ passes: carnet().passes.map((item) => ({ ...item, state: 'utilise' as const })) }),
      redemption: { ok: false, reason: 'deja-utilise' as const, message: 'Pass déjà utilisé le 25/11/2026.' },
      history: HISTORY,
    }));
    act(() => fake.emit('scanner.scanned', { code: '1000000001', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    expect((await within(dialog).findByTestId('lookup-redemption')).textContent).toContain('Pass déjà utilisé le 25/11/2026.');
    expect((within(dialog).getByLabelText(/Numéro de pass ou de carnet/) as HTMLInputElement).value).toBe('1000000001');
    await waitFor(() => expect(fake.tones).toEqual(['success']));
  });

  it('says when the number is unknown, with the refused tone', async () => {
    const fake = renderLookup(() => ({ kind: 'not-found', reason: 'inconnu', message: 'Numéro inconnu : « 999 ».' }));
    act(() => fake.emit('scanner.scanned', { code: '999', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    expect((await within(dialog).findByTestId('lookup-result')).textContent).toContain('Numéro inconnu : « 999 ».');
    await waitFor(() => expect(fake.tones).toEqual(['error']));
  });

  it('lets a referent revoke a lost pass, then shows the result again', async () => {
    const fake = renderLookup(passOk);
    act(() => fake.emit('scanner.scanned', { code: '1000000001', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Révoquer ce pass' }));
    expect(within(dialog).getByText('Révoquer le pass 1000000001 ?')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Motif'), { target: { value: 'vole' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(fake.revoked).toEqual([{ passNumber: PASS_NUMBER, reason: 'vole', note: '' }]));
    await waitFor(() => expect(fake.call.mock.calls.filter(([method]) => method === 'passes.lookup')).toHaveLength(2));
    expect(CARNET_ID).toBeTruthy();
  });

  it('offers no correction to the front desk', async () => {
    const fake = renderLookup(passOk, 'accueil');
    act(() => fake.emit('scanner.scanned', { code: '1000000001', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    await within(dialog).findByTestId('lookup-redemption');
    expect(within(dialog).queryByRole('button', { name: 'Révoquer ce pass' })).toBeNull();
  });

  it('lets a referent take an unused carnet back, or revoke it whole, each after a confirmation', async () => {
    const unused = carnet({ passes: carnet().passes.map((p) => ({ ...p, state: 'distribue' as const, redeemedAt: null })) });
    const calls: Array<[string, unknown]> = [];
    const fake = fakeClient({
      'passes.lookup': () => ({ kind: 'carnet', carnet: unused, history: HISTORY }),
      'carnets.take-back': (input) => {
        calls.push(['carnets.take-back', input]);
        return carnet({ state: 'en-stock', holder: null });
      },
      'carnets.revoke': (input) => {
        calls.push(['carnets.revoke', input]);
        return carnet({ state: 'revoque' });
      },
    });
    renderWithApp(
      <SessionProvider initial={session('referent')}>
        <ScanBusProvider playTone={() => undefined}>
          <PassLookupProvider>
            <p>Accueil</p>
          </PassLookupProvider>
        </ScanBusProvider>
      </SessionProvider>,
      fake.client,
    );
    act(() => fake.emit('scanner.scanned', { code: 'C000101', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Reprendre le carnet (non utilisé)' }));
    expect(within(dialog).getByText('Reprendre le carnet C000101 en stock ?')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Précision (facultatif)'), { target: { value: 'Déménage' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(calls).toEqual([['carnets.take-back', { carnetId: CARNET_ID, note: 'Déménage' }]]));

    fireEvent.click(await within(dialog).findByRole('button', { name: 'Révoquer le carnet' }));
    expect(within(dialog).getByText('Révoquer tout le carnet C000101 ?')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Motif'), { target: { value: 'perdu' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(calls[1]).toEqual(['carnets.revoke', { carnetId: CARNET_ID, reason: 'perdu', note: '' }]));
  });

  it('lets a referent give an unused carnet to the right person, chosen with the person search', async () => {
    const unused = carnet({ passes: carnet().passes.map((p) => ({ ...p, state: 'distribue' as const, redeemedAt: null })) });
    const reassigned: Array<Input<'carnets.reassign'>> = [];
    const fake = fakeClient({
      'passes.lookup': () => ({ kind: 'carnet', carnet: unused, history: HISTORY }),
      'beneficiaries.search': () => [
        { id: OTHER_ID, nom: 'Haddad', prenom: 'Ali', birthYear: 1970, communeName: 'Sète', phone: null, email: null },
      ],
      'carnets.reassign': (input) => {
        reassigned.push(input);
        return carnet({ holder: { id: OTHER_ID, nom: 'Haddad', prenom: 'Ali' } });
      },
    });
    renderWithApp(
      <SessionProvider initial={session('referent')}>
        <ScanBusProvider playTone={() => undefined}>
          <PassLookupProvider>
            <p>Accueil</p>
          </PassLookupProvider>
        </ScanBusProvider>
      </SessionProvider>,
      fake.client,
    );
    act(() => fake.emit('scanner.scanned', { code: 'C000101', source: 'test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Consulter un pass' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Remettre à une autre personne' }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Rechercher une personne' }), { target: { value: 'hadd' } });
    fireEvent.click(await within(dialog).findByRole('option', { name: /HADDAD Ali/ }));
    fireEvent.change(within(dialog).getByLabelText('Précision (facultatif)'), { target: { value: 'Erreur de fiche' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(reassigned).toEqual([{ carnetId: CARNET_ID, beneficiaryId: OTHER_ID, note: 'Erreur de fiche' }]));
  });
});
