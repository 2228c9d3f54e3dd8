// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DevicesDto, Input } from '../../electron/common/contract';
import { clearNotifications } from '../../renderer/src/app/notify';
import { DevicesProvider } from '../../renderer/src/features/devices/devices-context';
import { DevicesPage } from '../../renderer/src/features/devices/devices-page';
import { ScanBusProvider } from '../../renderer/src/features/scanning/scan-bus';
import { devicesState, printJob } from './devices-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

const printHtml = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../../renderer/src/features/devices/browser-print', () => ({ printHtml }));

afterEach(() => {
  clearNotifications();
  cleanup();
  printHtml.mockClear();
});

const CHOICES = {
  usbLp: [{ devicePath: '/dev/usb/lp0', name: 'EPSON TM-T20III' }],
  system: [{ name: 'Bureau', isDefault: true }],
  systemPrintingByHost: false,
};

function renderPage(handlers: Handlers = {}, state: DevicesDto = devicesState()) {
  const fake = fakeClient({
    'devices.state': () => state,
    'devices.printer-choices': () => CHOICES,
    ...handlers,
  });
  renderWithApp(
    <DevicesProvider>
      <ScanBusProvider playTone={() => undefined}>
        <DevicesPage />
      </ScanBusProvider>
    </DevicesProvider>,
    fake.client,
  );
  return fake;
}

describe('devices page', () => {
  it('shows the scanner seen and saves the keyboard-wedge settings', async () => {
    let saved: Input<'devices.set-scanner'> | null = null;
    renderPage({
      'devices.set-scanner': (input) => {
        saved = input;
        return devicesState({ wedge: input.wedge });
      },
    });
    expect(await screen.findByText(/Honeywell Voyager 1450g — identifiants USB 0c2e:0b87/)).toBeTruthy();
    expect(screen.getByText('Périphériques simulés (démonstration ou essai) : aucun appareil réel n’est utilisé.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Pause maximale entre deux touches (ms)'), { target: { value: '600' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages du lecteur' }));
    expect(await screen.findByText('Un nombre entier entre 10 et 500.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Pause maximale entre deux touches (ms)'), { target: { value: '150' } });
    fireEvent.change(screen.getByLabelText('Préfixe envoyé par le lecteur'), { target: { value: 'F13, F14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages du lecteur' }));
    await screen.findByText('Réglages du lecteur enregistrés.');
    expect(saved).toEqual({
      hidPath: null,
      wedge: { enabled: true, maxGapMs: 150, maxAverageGapMs: 35, minLength: 6, prefix: ['F13', 'F14'], suffix: [], aimPrefix: false },
    });
  });

  it('shows every scan in the trial zone with its symbology and source', async () => {
    const { emit } = renderPage();
    await screen.findByLabelText('Zone d’essai');
    act(() => emit('scanner.scanned', { code: '3046920029759', symbology: 'EAN-13', source: 'test' }));
    const last = screen.getByTestId('last-scan');
    expect(within(last).getByText('3046920029759')).toBeTruthy();
    expect(within(last).getByText('EAN-13')).toBeTruthy();
    expect(within(last).getByText('lecteur simulé')).toBeTruthy();
  });

  it('prints a test ticket through the browser dialog, then marks it printed', async () => {
    const job = printJob({ state: 'queued', printedAt: null });
    const { call } = renderPage({
      'printer.print-test': () => ({ delivery: 'browser-dialog', job, html: '<p>Ticket de test</p>' }),
      'printer.mark-printed': () => ({ ...job, state: 'printed' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer un ticket de test' }));
    await screen.findByText('Ticket de test imprimé.');
    expect(printHtml).toHaveBeenCalledWith('<p>Ticket de test</p>');
    expect(call).toHaveBeenCalledWith('printer.mark-printed', { id: job.id });
  });

  it('saves a USB printer chosen among those detected', async () => {
    let saved: Input<'devices.set-printer'> | null = null;
    renderPage({
      'devices.set-printer': (input) => {
        saved = input;
        return devicesState();
      },
    });
    fireEvent.click(await screen.findByRole('radio', { name: /USB \(Linux\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages de l’imprimante' }));
    expect(await screen.findByText('Choisissez l’imprimante USB.')).toBeTruthy();
    expect(saved).toBeNull();
  });

  it('shows why the queue waits, and offers retry and cancel on the jobs that allow them', async () => {
    const failed = printJob({ id: '0190a8c0-0000-7000-8000-0000000000b2', state: 'failed', label: 'Reçu de remise', lastError: 'Reçu illisible' });
    const paused = printJob({ id: '0190a8c0-0000-7000-8000-0000000000b3', state: 'paused', label: 'Ticket de test', printedAt: null });
    const state = devicesState({
      queue: { state: 'paused', message: 'L’imprimante n’a plus de papier : remettez un rouleau.', waiting: 1, jobs: [paused, failed] },
    });
    const retried: string[] = [];
    renderPage({ 'printer.retry': (input) => (retried.push(input.id), { ...failed, state: 'queued' }) }, state);
    const alert = await screen.findByTestId('queue-message');
    expect(alert.textContent).toContain('plus de papier');
    expect(screen.getByTestId('queue-state').textContent).toBe('File : en pause — 1 ticket en attente');
    const rows = screen.getAllByRole('row');
    const failedRow = rows.find((row) => row.textContent?.includes('Reçu de remise'));
    const pausedRow = rows.find((row) => row.textContent?.includes('En pause'));
    expect(failedRow && within(failedRow).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(pausedRow && within(pausedRow).queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(pausedRow && within(pausedRow).getByRole('button', { name: 'Annuler' })).toBeTruthy();
    fireEvent.click(within(failedRow as HTMLElement).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(retried).toEqual([failed.id]));
  });

  it('starts the capture and shows its file and the warning', async () => {
    renderPage({ 'devices.capture-start': () => devicesState({ capture: { active: true, file: '/data/captures/capture-1.jsonl' } }) });
    expect(await screen.findByText(/les touches frappées sur ce poste sont enregistrées/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer la capture' }));
    expect(await screen.findByText('/data/captures/capture-1.jsonl')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Arrêter la capture' })).toBeTruthy();
  });
});
