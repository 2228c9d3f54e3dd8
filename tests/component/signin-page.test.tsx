// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, SignInResultDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { ScanBusProvider } from '../../renderer/src/features/scanning/scan-bus';
import { SignInPage } from '../../renderer/src/features/workshops/signin/signin-page';
import { session } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { booking, PEOPLE, SIGNIN_SESSION_ID, sessionDetail } from './signin-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

function renderSignIn(handlers: Handlers = {}) {
  const tones: string[] = [];
  const scans: Array<Input<'signin.scan'>> = [];
  const fake = fakeClient({
    'workshops.get': () => sessionDetail(),
    ...handlers,
  });
  renderWithApp(
    <SessionProvider initial={session('mediateur')}>
      <ScanBusProvider playTone={(tone) => tones.push(tone)}>
        <Routes>
          <Route path="/emargement/:id" element={<SignInPage />} />
        </Routes>
      </ScanBusProvider>
    </SessionProvider>,
    fake.client,
    { path: `/emargement/${SIGNIN_SESSION_ID}` },
  );
  return { ...fake, tones, scans };
}

function scanAnswering(answer: (input: Input<'signin.scan'>) => SignInResultDto, log: Array<Input<'signin.scan'>>): Handlers['signin.scan'] {
  return (input) => {
    log.push(input);
    return answer(input);
  };
}

const heloisePresent = (): SignInResultDto => ({
  outcome: 'present',
  message: 'DUPONT Héloïse est présente.',
  booking: booking({ beneficiaryId: PEOPLE.heloise, status: 'present', passesRedeemed: 1, passNumbers: ['1000000025'] }),
  passNumber: '1000000025',
  added: false,
  passesMissing: 0,
});

const getCalls = (call: ReturnType<typeof fakeClient>['call']) => call.mock.calls.filter(([method]) => method === 'workshops.get').length;

describe('sign-in page (émargement)', () => {
  it('shows the session, its counters and the people, with a way back to the session', async () => {
    renderSignIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Émargement — Premiers pas sur smartphone' })).toBeTruthy();
    expect(screen.getByText(/jeudi 3 décembre 2026, 14:00 – 16:30 — Salle : Salle Olympe-de-Gouges/)).toBeTruthy();
    expect(screen.getByTestId('signin-counter').textContent).toBe('Présents 1 / Inscrits 3');
    expect(screen.getByTestId('signin-seats').textContent).toBe('5 places restantes');
    expect(screen.getByTestId('signin-waiting').textContent).toBe('Liste d’attente : 1');
    expect(screen.getByRole('link', { name: 'Retour à la séance' }).getAttribute('href')).toBe(`/ateliers/${SIGNIN_SESSION_ID}`);
    const rows = screen.getAllByTestId('signin-row').map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('BENALI Mohamed');
    expect(rows[1]).toContain('DUPONT Héloïse');
    expect(rows[2]).toContain('LEFÈVRE Jeanne');
    expect(rows[2]).toContain('Pass utilisé(s) : 1000000017');
    expect(rows[3]).toContain('Liste d’attente');
    expect(rows[3]).toContain('Rang 1');
  });

  it('signs in a scanned pass: the green banner names the person, then the session reloads', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({ 'signin.scan': scanAnswering(heloisePresent, scans) });
    await screen.findByTestId('signin-counter');
    const loadsBefore = getCalls(fake.call);
    act(() => fake.emit('scanner.scanned', { code: '1000000025', source: 'test' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
    expect(within(screen.getByTestId('signin-banner')).getByRole('status').textContent).toContain('DUPONT Héloïse');
    const outcome = screen.getByTestId('signin-banner').querySelector('[data-outcome]');
    expect(outcome?.getAttribute('data-outcome')).toBe('present');
    expect(within(screen.getByTestId('signin-banner')).getByText('Présent·e')).toBeTruthy();
    expect(within(screen.getByTestId('signin-banner')).getByText('Pass 1000000025')).toBeTruthy();
    expect(scans).toEqual([{ sessionId: SIGNIN_SESSION_ID, code: '1000000025', expectedBeneficiaryId: null, confirm: [] }]);
    expect(fake.tones).toEqual(['success']);
    await waitFor(() => expect(getCalls(fake.call)).toBeGreaterThan(loadsBefore));
  });

  it('says how many passes are still expected and that a person was added', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    let loads = 0;
    const fake = renderSignIn({
      // After the first load, the session never answers again: what the list shows comes from the scan's result.
      'workshops.get': () => (++loads === 1 ? sessionDetail() : new Promise(() => undefined)),
      'signin.scan': scanAnswering(
        () => ({
          outcome: 'present',
          message: 'BERNARD Lucie est présente.',
          booking: booking({ beneficiaryId: PEOPLE.lucie, nom: 'Bernard', prenom: 'Lucie', status: 'present', passesRedeemed: 1, passNumbers: ['1000000033'] }),
          passNumber: '1000000033',
          added: true,
          passesMissing: 1,
        }),
        scans,
      ),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000033', source: 'test' }));
    const banner = screen.getByTestId('signin-banner');
    await waitFor(() => expect(banner.textContent).toContain('BERNARD Lucie'));
    expect(banner.textContent).toContain('encore 1 pass à scanner');
    expect(banner.textContent).toContain('ajouté·e à la séance');
    // The person appears in the list right after the banner, from the answer (the reload is still to come).
    await waitFor(() => expect(screen.getAllByTestId('signin-row').some((row) => row.textContent?.includes('BERNARD Lucie'))).toBe(true));
    expect(screen.getByTestId('signin-counter').textContent).toBe('Présents 2 / Inscrits 4');
  });

  it('shows a refusal in red with the backend’s reason and plays the error tone', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(() => ({ outcome: 'refused', reason: 'deja-utilise', message: 'Pass déjà utilisé le 28/11/2026 à la Médiathèque Émile-Zola.' }), scans),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000041', source: 'test' }));
    const alert = await screen.findByText('Pass déjà utilisé le 28/11/2026 à la Médiathèque Émile-Zola.');
    const region = alert.closest('[role="alert"]');
    expect(region).not.toBeNull();
    expect(within(region as HTMLElement).getByText('Refusé')).toBeTruthy();
    expect(region?.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('refused');
    await waitFor(() => expect(fake.tones).toEqual(['error']));
  });

  it('says « Déjà enregistré » for a pass already scanned here, with the success tone and nothing changed', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(() => ({ outcome: 'duplicate', message: 'Déjà enregistré : le pass 1000000017 a été scanné pour cette séance.' }), scans),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000017', source: 'test' }));
    const banner = screen.getByTestId('signin-banner');
    await waitFor(() => expect(within(banner).getByText('Déjà enregistré')).toBeTruthy());
    expect(banner.textContent).toContain('le pass 1000000017 a été scanné pour cette séance');
    expect(banner.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe('duplicate');
    expect(fake.tones).toEqual(['success']);
    expect(screen.getByTestId('signin-counter').textContent).toBe('Présents 1 / Inscrits 3');
  });

  it('asks to confirm another person’s pass for the selected person, then sends the confirmation', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(
        (input) =>
          input.confirm?.includes('autre-personne')
            ? {
                outcome: 'present',
                message: 'BENALI Mohamed est présent.',
                booking: booking({ beneficiaryId: PEOPLE.mohamed, nom: 'Benali', prenom: 'Mohamed', status: 'present', passesRedeemed: 1, passNumbers: ['1000000058'] }),
                passNumber: '1000000058',
                added: false,
                passesMissing: 0,
              }
            : { outcome: 'confirm', confirmation: 'autre-personne', message: 'Ce pass a été remis à une autre personne que BENALI Mohamed. L’accepter quand même ?' },
        scans,
      ),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'C’est cette personne : BENALI Mohamed' }));
    expect(screen.getByTestId('signin-expected').textContent).toContain('Prochain scan attendu : pass de BENALI Mohamed');
    act(() => fake.emit('scanner.scanned', { code: '1000000058', source: 'test' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/remis à une autre personne que BENALI Mohamed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('BENALI Mohamed')).toBeTruthy());
    expect(scans).toEqual([
      { sessionId: SIGNIN_SESSION_ID, code: '1000000058', expectedBeneficiaryId: PEOPLE.mohamed, confirm: [] },
      { sessionId: SIGNIN_SESSION_ID, code: '1000000058', expectedBeneficiaryId: PEOPLE.mohamed, confirm: ['autre-personne'] },
    ]);
    // The selection was for that sign-in only.
    await waitFor(() => expect(screen.queryByTestId('signin-expected')).toBeNull());
  });

  it('accumulates confirmations, and refusing one (Escape) records nothing', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(
        (input) =>
          input.confirm?.length
            ? { outcome: 'confirm', confirmation: 'surnombre', message: 'La séance est complète : accepter Mohamed en surnombre ?' }
            : { outcome: 'confirm', confirmation: 'autre-personne', message: 'Ce pass a été remis à une autre personne. L’accepter quand même ?' },
        scans,
      ),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000066', source: 'test' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirmer' }));
    const second = await screen.findByText('La séance est complète : accepter Mohamed en surnombre ?');
    // Escape refuses.
    fireEvent.keyDown(second.closest('[role="dialog"]') as HTMLElement, { key: 'Escape' });
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('Non enregistré')).toBeTruthy());
    expect(scans.map((input) => input.confirm)).toEqual([[], ['autre-personne']]);
  });

  it('asks a referent’s login and password to seat a person over capacity, and sends them with the confirmation', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(
        (input) => (input.confirm?.length ? heloisePresent() : { outcome: 'confirm', confirmation: 'surnombre', message: 'Séance complète (8 places) : ajouter Héloïse DUPONT en surnombre ?' }),
        scans,
      ),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000066', source: 'test' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Un·e référent·e confirme en saisissant son identifiant et son mot de passe.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Identifiant du·de la référent·e/), { target: { value: 'referent' } });
    fireEvent.change(within(dialog).getByLabelText(/Mot de passe du·de la référent·e/), { target: { value: 'correct horse battery' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
    expect(scans.at(-1)).toMatchObject({ confirm: ['surnombre'], approval: { login: 'referent', password: 'correct horse battery' } });
  });

  it('refuses a confirmation with « Refuser »; the next scan replaces a confirmation left open', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    const fake = renderSignIn({
      'signin.scan': scanAnswering(
        (input) =>
          input.code === '1000000074'
            ? { outcome: 'confirm', confirmation: 'autre-personne', message: 'Ce pass a été remis à une autre personne. L’accepter quand même ?' }
            : heloisePresent(),
        scans,
      ),
    });
    await screen.findByTestId('signin-counter');
    act(() => fake.emit('scanner.scanned', { code: '1000000074', source: 'test' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Refuser' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('Confirmation refusée : rien n’a été enregistré.')).toBeTruthy());
    act(() => fake.emit('scanner.scanned', { code: '1000000074', source: 'test' }));
    await screen.findByRole('dialog');
    act(() => fake.emit('scanner.scanned', { code: '1000000025', source: 'test' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(scans.map((input) => input.confirm)).toEqual([[], [], []]);
  });

  it('signs in a number typed in « Numéro du pass » and gives the focus back to the field', async () => {
    const scans: Array<Input<'signin.scan'>> = [];
    renderSignIn({ 'signin.scan': scanAnswering(heloisePresent, scans) });
    const field = await screen.findByLabelText(/Numéro du pass/);
    fireEvent.change(field, { target: { value: ' 1000000025 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
    expect(scans).toEqual([{ sessionId: SIGNIN_SESSION_ID, code: '1000000025', expectedBeneficiaryId: null, confirm: [] }]);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('marks a person present by name in a session without passes, and adds someone not booked', async () => {
    const marked: Array<Input<'signin.mark-present'>> = [];
    let detail = sessionDetail({ session: { passRequired: false, serviceName: 'Numérique pour Tous' } });
    renderSignIn({
      'workshops.get': () => detail,
      'signin.mark-present': (input) => {
        marked.push(input);
        const known = detail.bookings.find((candidate) => candidate.beneficiaryId === input.beneficiaryId);
        const present = known ? { ...known, status: 'present' as const } : booking({ beneficiaryId: input.beneficiaryId, nom: 'Bernard', prenom: 'Lucie', status: 'present' });
        detail = { ...detail, bookings: [...detail.bookings.filter((candidate) => candidate.id !== present.id), present] };
        return { outcome: 'present', message: 'Présence enregistrée.', booking: present, passNumber: null, added: !known, passesMissing: 0 };
      },
      'beneficiaries.search': () => [
        { id: PEOPLE.lucie, nom: 'Bernard', prenom: 'Lucie', birthYear: 1958, communeName: 'Montpellier', phone: null, email: null },
      ],
    });
    expect(await screen.findByText(/Sans pass : présence enregistrée par nom/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /C’est cette personne/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Présent·e : DUPONT Héloïse' }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('DUPONT Héloïse')).toBeTruthy());
    expect(marked).toEqual([{ sessionId: SIGNIN_SESSION_ID, beneficiaryId: PEOPLE.heloise, confirm: [] }]);
    await waitFor(() => expect(screen.getByTestId('signin-counter').textContent).toBe('Présents 2 / Inscrits 3'));

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    const panel = await screen.findByTestId('signin-add');
    fireEvent.change(within(panel).getByRole('combobox'), { target: { value: 'Bernard' } });
    fireEvent.click(await within(panel).findByRole('option', { name: /BERNARD Lucie/ }));
    await waitFor(() => expect(marked.at(-1)).toEqual({ sessionId: SIGNIN_SESSION_ID, beneficiaryId: PEOPLE.lucie, confirm: [] }));
    await waitFor(() => expect(within(screen.getByTestId('signin-banner')).getByText('ajouté·e à la séance')).toBeTruthy());
  });

  it('marks a person absent or excused', async () => {
    const absences: Array<Input<'signin.mark-absent'>> = [];
    let detail = sessionDetail();
    const mohamed = detail.bookings[1]!;
    renderSignIn({
      'workshops.get': () => detail,
      'signin.mark-absent': (input) => {
        absences.push(input);
        const changed = { ...mohamed, status: input.excused ? ('absent-excuse' as const) : ('absent' as const) };
        detail = { ...detail, bookings: detail.bookings.map((candidate) => (candidate.id === changed.id ? changed : candidate)) };
        return changed;
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Absent·e excusé·e : BENALI Mohamed' }));
    const absent = await screen.findByRole('heading', { name: 'Absents (1)' });
    expect(absent.closest('section')?.textContent).toContain('Absent·e excusé·e');
    expect(absences).toEqual([{ bookingId: mohamed.id, excused: true }]);
    expect(screen.queryByRole('button', { name: 'Absent·e : BENALI Mohamed' })).toBeNull();
  });

  it('reloads when the session changes elsewhere, and says a cancelled session refuses scans', async () => {
    let detail = sessionDetail();
    const fake = renderSignIn({ 'workshops.get': () => detail });
    await screen.findByTestId('signin-counter');
    detail = sessionDetail({ session: { status: 'annulee', cancelReason: 'Animatrice malade' } });
    act(() => fake.emit('workshops.changed', { sessionId: '0190a8c0-0000-7000-8000-0000000000ff', date: '2027-03-03' }));
    expect(screen.queryByTestId('signin-stopped')).toBeNull();
    act(() => fake.emit('workshops.changed', { sessionId: SIGNIN_SESSION_ID, date: '2027-03-03' }));
    const stopped = await screen.findByTestId('signin-stopped');
    expect(stopped.textContent).toContain('Séance annulée : les scans sont refusés');
    expect(stopped.textContent).toContain('Motif : Animatrice malade');
    expect(screen.queryByRole('button', { name: /Absent·e/ })).toBeNull();
  });
});
