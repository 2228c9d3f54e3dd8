// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type Input, type TimelineEntryDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { canCall } from '../../renderer/src/features/auth/access';
import { PersonPage } from '../../renderer/src/features/beneficiaries/person/person-page';
import { PeopleProviders, person, PERSON_ID } from './beneficiaries-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';
import { carnet, CARNET_ID } from './stock-fixtures';

afterEach(() => {
  clearNotifications();
  cleanup();
});

const JOB = { id: '0190a8c0-0000-7000-8000-0000000000e1', kind: 'carnet-receipt', state: 'pending', createdAt: '2026-11-30T10:00:00.000Z' };

function renderPerson(role: 'mediateur' | 'accueil', handlers: Handlers = {}) {
  const handedOut: Array<Input<'carnets.hand-out'>> = [];
  const history: TimelineEntryDto[] = [
    { kind: 'stock', at: '2026-11-20T10:00:00.000Z', carnetId: CARNET_ID, carnetNumber: 'C000101', event: { at: '2026-11-20T10:00:00.000Z', kind: 'distributed', text: 'Carnet remis.', agentName: 'Aminata Diallo', passNumber: null } },
  ];
  const fake = fakeClient({
    'beneficiaries.get': () => person(),
    'beneficiaries.history': () => history,
    'beneficiaries.criteria': () => [],
    'carnets.of-person': () => [carnet()],
    'carnets.hand-out': (input) => {
      handedOut.push(input);
      return { carnet: carnet({ number: 'C000102' }), warning: 'Ce lot expire le 31/12/2026 : prévenez la personne.', receipts: [{ delivery: 'queued', job: JOB as never }] };
    },
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
  return { ...fake, handedOut };
}

describe('carnets on the person page', () => {
  it('lists the person’s carnets and the stock events of the timeline', async () => {
    renderPerson('accueil');
    const list = await screen.findByTestId('person-carnets');
    await waitFor(() => expect(list.textContent).toContain('Carnet C000101'));
    expect(list.textContent).toContain('pass utilisés : 1 sur 2');
    expect(screen.getByText('Carnet remis.')).toBeTruthy();
  });

  it('offers « Remettre un carnet » only to roles the contract lets hand carnets out', async () => {
    renderPerson('mediateur');
    await screen.findByTestId('person-carnets');
    const offered = screen.queryByRole('button', { name: 'Remettre un carnet' }) !== null;
    expect(offered).toBe(canCall('mediateur', 'carnets.hand-out'));
  });

  it('hands out the scanned carnet, shows the warning and sends the receipt', async () => {
    const fake = renderPerson('accueil');
    fireEvent.click(await screen.findByRole('button', { name: 'Remettre un carnet' }));
    const panel = await screen.findByTestId('hand-out-panel');
    const field = within(panel).getByLabelText(/Scannez le carnet ou un de ses pass/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    act(() => fake.emit('scanner.scanned', { code: '1000000011', source: 'test' }));
    await waitFor(() => expect(fake.handedOut).toEqual([{ beneficiaryId: PERSON_ID, code: '1000000011', printReceipt: true }]));
    expect((await within(panel).findByTestId('hand-out-done')).textContent).toContain('Carnet C000102 remis');
    expect(within(panel).getByTestId('hand-out-warning').textContent).toContain('Ce lot expire le 31/12/2026');
    await waitFor(() => expect(fake.call.mock.calls.filter(([method]) => method === 'carnets.of-person').length).toBeGreaterThanOrEqual(2));
  });

  it('shows the backend’s refusal and keeps the typed number', async () => {
    renderPerson('accueil', {
      'carnets.hand-out': () => {
        throw new AppError('CONFLICT', 'Ce carnet a déjà été remis à une autre personne.');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remettre un carnet' }));
    const panel = await screen.findByTestId('hand-out-panel');
    const field = within(panel).getByLabelText(/Scannez le carnet ou un de ses pass/) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'C000101' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect((await within(panel).findByRole('alert')).textContent).toContain('Ce carnet a déjà été remis à une autre personne.');
    expect(field.value).toBe('C000101');
  });
});
