// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type StockSettingsDto } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { StockSettingsCard } from '../../renderer/src/features/stock/stock-settings-card';
import { fakeClient, renderWithApp } from './render-app';

afterEach(() => {
  clearNotifications();
  cleanup();
});

describe('stock settings (administrators)', () => {
  it('saves the limit of carnets per person and the agent’s copy', async () => {
    const saved: StockSettingsDto[] = [];
    const fake = fakeClient({
      'stock.settings': () => ({ maxCarnetsPerPerson: 2, agentCopy: false }),
      'stock.set-settings': (input) => {
        saved.push(input);
        return input;
      },
    });
    renderWithApp(<StockSettingsCard />, fake.client);
    const max = await screen.findByRole('textbox', { name: 'Carnets au plus par personne' });
    await waitFor(() => expect((max as HTMLInputElement).value).toBe('2'));
    fireEvent.change(max, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Imprimer un exemplaire du reçu pour le lieu' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saved).toEqual([{ maxCarnetsPerPerson: 3, agentCopy: true }]));
  });

  it('shows the backend’s message beside the limit and keeps what was typed', async () => {
    const fake = fakeClient({
      'stock.settings': () => ({ maxCarnetsPerPerson: 2, agentCopy: false }),
      'stock.set-settings': () => {
        throw new AppError('INVALID_INPUT', '20 carnets par personne au plus.', { maxCarnetsPerPerson: '20 carnets par personne au plus.' });
      },
    });
    renderWithApp(<StockSettingsCard />, fake.client);
    const max = await screen.findByRole('textbox', { name: 'Carnets au plus par personne' });
    await waitFor(() => expect((max as HTMLInputElement).value).toBe('2'));
    fireEvent.change(max, { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    // In the alert and beside the field, which is marked invalid.
    expect(await screen.findAllByText('20 carnets par personne au plus.')).toHaveLength(2);
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect((max as HTMLInputElement).value).toBe('25');
  });
});
