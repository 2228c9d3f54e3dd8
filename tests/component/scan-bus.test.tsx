// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DevicesProvider } from '../../renderer/src/features/devices/devices-context';
import { KeyboardScanner } from '../../renderer/src/features/scanning/keyboard-scanner';
import { ScanBusProvider, useScanHandler, useUnhandledScans, type Scan, type ScanOutcome } from '../../renderer/src/features/scanning/scan-bus';
import { clearNotifications } from '../../renderer/src/app/notify';
import { devicesState } from './devices-fixtures';
import { fakeClient, renderWithApp, type Handlers } from './render-app';

afterEach(() => {
  clearNotifications();
  cleanup();
  vi.useRealTimers();
});

function Screen({ name, outcome = 'accepted', log }: { name: string; outcome?: ScanOutcome; log: string[] }) {
  useScanHandler((scan) => {
    log.push(`${name}:${scan.code}:${scan.source}`);
    return outcome;
  });
  return <p>{name}</p>;
}

function Fallback({ log }: { log: string[] }) {
  useUnhandledScans((scan) => {
    log.push(`fallback:${scan.code}`);
    return scan.code === '000' ? 'refused' : 'accepted';
  });
  return null;
}

function Screens({ log, outcome }: { log: string[]; outcome?: ScanOutcome }) {
  const [dialog, setDialog] = useState(false);
  return (
    <>
      <Screen name="page" log={log} />
      {dialog ? <Screen name="dialog" log={log} outcome={outcome} /> : null}
      <button type="button" onClick={() => setDialog((open) => !open)}>
        basculer
      </button>
    </>
  );
}

function renderBus(children: React.ReactNode, handlers: Handlers = {}) {
  const tones: string[] = [];
  const fake = fakeClient({ 'devices.state': () => devicesState(), ...handlers });
  renderWithApp(
    <DevicesProvider>
      <ScanBusProvider playTone={(tone) => tones.push(tone)}>{children}</ScanBusProvider>
    </DevicesProvider>,
    fake.client,
  );
  return { ...fake, tones };
}

const HID_SCAN: Scan = { code: '3046920029759', symbology: 'EAN-13', source: 'hid' };

describe('scan bus', () => {
  it('hands backend scans to the screen mounted last, then back to the page when it goes', async () => {
    const log: string[] = [];
    const { emit, tones } = renderBus(<Screens log={log} />);
    act(() => emit('scanner.scanned', HID_SCAN));
    expect(log).toEqual(['page:3046920029759:hid']);

    act(() => screen.getByRole('button', { name: 'basculer' }).click());
    act(() => emit('scanner.scanned', { code: '111', source: 'test' }));
    expect(log.at(-1)).toBe('dialog:111:test');

    act(() => screen.getByRole('button', { name: 'basculer' }).click());
    act(() => emit('scanner.scanned', { code: '222', source: 'test' }));
    expect(log.at(-1)).toBe('page:222:test');
    expect(tones).toEqual(['success', 'success', 'success']);
    await waitFor(() => expect(screen.getByTestId('scan-announcement').textContent).toContain('Code scanné : 222'));
  });

  it('plays the error tone when the screen refuses the scan', () => {
    const log: string[] = [];
    const { emit, tones } = renderBus(<Screen name="page" outcome="refused" log={log} />);
    act(() => emit('scanner.scanned', HID_SCAN));
    expect(tones).toEqual(['error']);
    expect(screen.getByTestId('scan-announcement').textContent).toContain('Code refusé : 3046920029759');
  });

  it('tells the agent to scan again, with the error tone, when a scan arrived incomplete', () => {
    const log: string[] = [];
    const { emit, tones } = renderBus(<Screen name="page" log={log} />);
    const message = 'Lecture incomplète : une partie du code n’est pas arrivée. Scannez à nouveau.';
    act(() => emit('scanner.failed', { message, source: 'hid' }));
    expect(tones).toEqual(['error']);
    expect(log).toEqual([]);
    expect(screen.getByTestId('scan-announcement').textContent).toContain('Scannez à nouveau');
  });

  it('shows the code in a notification when no screen takes scans', async () => {
    const { emit, tones } = renderBus(<p>Accueil</p>);
    act(() => emit('scanner.scanned', { code: '1234567890123', source: 'test' }));
    expect(await screen.findByText('Code scanné : 1234567890123', { selector: '.mantine-Notification-title' })).toBeTruthy();
    expect(screen.getByText(/Aucun écran ouvert n’utilise les codes scannés/)).toBeTruthy();
    expect(tones).toEqual(['notice']);
  });

  it('hands the scans no screen takes to the fallback (the pass lookup), with its outcome’s tone', () => {
    const log: string[] = [];
    const { emit, tones } = renderBus(
      <>
        <Fallback log={log} />
        <Screens log={log} />
      </>,
    );
    act(() => emit('scanner.scanned', { code: '111', source: 'test' }));
    expect(log).toEqual(['page:111:test']);
    cleanup();
    const alone: string[] = [];
    const second = renderBus(<Fallback log={alone} />);
    act(() => second.emit('scanner.scanned', { code: '222', source: 'test' }));
    act(() => second.emit('scanner.scanned', { code: '000', source: 'test' }));
    expect(alone).toEqual(['fallback:222', 'fallback:000']);
    expect(second.tones).toEqual(['success', 'error']);
    expect(tones).toEqual(['success']);
  });

  it('routes keyboard-wedge scans, with the desk’s settings, through the same bus', async () => {
    const log: string[] = [];
    const { call } = renderBus(
      <>
        <KeyboardScanner role="accueil" />
        <Screen name="page" log={log} />
      </>,
    );
    await waitFor(() => expect(call).toHaveBeenCalledWith('devices.state', {}));
    // Let the devices state reach the listener.
    await act(async () => {
      await Promise.resolve();
    });
    vi.useFakeTimers();
    act(() => {
      for (const code of ['Digit3', 'Digit0', 'Digit4', 'Digit6', 'Digit9', 'Digit2']) {
        window.dispatchEvent(new KeyboardEvent('keydown', { code, key: 'x', cancelable: true }));
        vi.advanceTimersByTime(5);
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Enter', key: 'Enter', cancelable: true }));
    });
    expect(log).toEqual(['page:304692:keyboard']);
  });

  it('sends keystrokes to the backend in batches while an administrator’s capture runs', async () => {
    const sent: unknown[] = [];
    const { call } = renderBus(<KeyboardScanner role="admin" />, {
      'devices.state': () => devicesState({ capture: { active: true, file: '/tmp/capture.jsonl' } }),
      'devices.capture-keys': (input) => {
        sent.push(...input.keys);
        return null;
      },
    });
    await waitFor(() => expect(call).toHaveBeenCalledWith('devices.state', {}));
    await act(async () => {
      await Promise.resolve();
    });
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyA', key: 'q', cancelable: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Enter', key: 'Enter', cancelable: true }));
    });
    await waitFor(() => expect(sent).toHaveLength(2), { timeout: 2000 });
    expect(sent[0]).toMatchObject({ code: 'KeyA', key: 'q', shiftKey: false });
  });
});
