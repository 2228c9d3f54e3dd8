import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The fake 'electron': utilityProcess.fork returns a scriptable process, MessageChannelMain numbered ports. */
const fakes = vi.hoisted(() => {
  let nextPort = 1;
  class FakePort {
    readonly id = nextPort++;
  }
  class FakeUtility {
    readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();
    readonly posted: Array<{ message: { type: string } & Record<string, unknown>; transfer?: FakePort[] }> = [];
    killed = false;
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    postMessage(message: { type: string } & Record<string, unknown>, transfer?: FakePort[]) {
      this.posted.push({ message, transfer });
    }
    kill() {
      this.killed = true;
      return true;
    }
    ofType(type: string) {
      return this.posted.filter((entry) => entry.message.type === type);
    }
  }
  const forks: FakeUtility[] = [];
  const fork = vi.fn((_modulePath: string, _args?: string[], _options?: unknown) => {
    const utility = new FakeUtility();
    forks.push(utility);
    return utility;
  });
  class MessageChannelMain {
    port1 = new FakePort();
    port2 = new FakePort();
  }
  return { forks, fork, MessageChannelMain };
});

vi.mock('electron', () => ({ utilityProcess: { fork: fakes.fork }, MessageChannelMain: fakes.MessageChannelMain }));

const { createElectronBackendHost, handleHostRequest } = await import('../../../electron/main/backend-host');

/** Manual clock and timers. */
function manualTime() {
  let now = 0;
  const timers: Array<{ at: number; callback: () => void; ms: number } | null> = [];
  return {
    now: () => now,
    setTimer: (callback: () => void, ms: number) => timers.push({ at: now + ms, callback, ms }) - 1,
    clearTimer: (handle: unknown) => {
      timers[handle as number] = null;
    },
    pending: () => timers.filter((timer) => timer !== null).map((timer) => timer.ms),
    advance(ms: number) {
      now += ms;
      for (const [index, timer] of timers.entries()) {
        if (timer && timer.at <= now) {
          timers[index] = null;
          timer.callback();
        }
      }
    },
  };
}

function fakeTarget() {
  const received: Array<{ channel: string; message: unknown; transfer?: unknown[] }> = [];
  let destroyed = false;
  return {
    received,
    destroy: () => {
      destroyed = true;
    },
    postMessage: (channel: string, message: unknown, transfer?: unknown[]) => received.push({ channel, message, transfer }),
    isDestroyed: () => destroyed,
  };
}

const INIT = { keyHex: 'ab'.repeat(32), dataDir: '/data', migrationsFolder: '/migrations' };

function setup() {
  const time = manualTime();
  const onFatal = vi.fn();
  const host = { printHtml: vi.fn(async () => ({ ok: true as const })), listPrinters: vi.fn(async () => [{ name: 'TM-T20', isDefault: true }]) };
  const backendHost = createElectronBackendHost({
    modulePath: '/app/out/main/backend.js',
    init: INIT,
    host,
    onFatal,
    log: () => undefined,
    now: time.now,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
  });
  return { time, onFatal, host, backendHost };
}

const latest = () => {
  const utility = fakes.forks.at(-1);
  if (!utility) throw new Error('no utility forked');
  return utility;
};

beforeEach(() => {
  fakes.forks.length = 0;
  fakes.fork.mockClear();
});

describe('backend host (utility process)', () => {
  it('forks the backend, sends init, and hands each window load a fresh channel', () => {
    const { backendHost } = setup();
    backendHost.start();
    expect(fakes.fork).toHaveBeenCalledWith('/app/out/main/backend.js', [], expect.objectContaining({ stdio: 'inherit' }));
    expect(latest().posted[0]?.message).toEqual({ type: 'init', ...INIT });

    const window = fakeTarget();
    backendHost.handOver(window);
    backendHost.handOver(window); // reload
    const connects = latest().ofType('connect');
    expect(connects).toHaveLength(2);
    expect(window.received.map((entry) => entry.channel)).toEqual(['guichet:port', 'guichet:port']);
    const [first, second] = window.received;
    expect(first?.transfer?.[0]).not.toBe(connects[0]?.transfer?.[0]); // the other end of the channel
    expect(first?.transfer?.[0]).not.toBe(second?.transfer?.[0]);
  });

  it('restarts a crashed utility after a backoff and hands the window a new port', () => {
    const { backendHost, time } = setup();
    backendHost.start();
    const window = fakeTarget();
    backendHost.handOver(window);
    latest().emit('message', { type: 'ready' });
    expect(backendHost.state).toBe('ready');
    const firstPort = window.received[0]?.transfer?.[0];

    const crashed = latest();
    crashed.emit('exit', 1);
    expect(backendHost.state).toBe('restarting');
    expect(time.pending()).toEqual([500]);
    expect(fakes.forks).toHaveLength(1);

    time.advance(500);
    expect(fakes.forks).toHaveLength(2);
    expect(latest()).not.toBe(crashed);
    expect(latest().posted[0]?.message.type).toBe('init');
    expect(latest().ofType('connect')).toHaveLength(1);
    expect(window.received).toHaveLength(2);
    expect(window.received[1]?.transfer?.[0]).not.toBe(firstPort);

    // Messages from the dead process are ignored.
    crashed.emit('message', { type: 'fatal', code: 'WRONG_KEY', message: 'x' });
    expect(backendHost.state).toBe('starting');
  });

  it('caps the restart delays and starts over after a healthy minute', () => {
    const { backendHost, time } = setup();
    backendHost.start();
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      latest().emit('exit', 1);
      const [delay] = time.pending();
      delays.push(delay ?? -1);
      time.advance(delay ?? 0);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);

    latest().emit('message', { type: 'ready' });
    time.advance(60_000);
    latest().emit('exit', 1);
    expect(time.pending()).toEqual([500]);
  });

  it('after a fatal report, tells once and never restarts', () => {
    const { backendHost, time, onFatal } = setup();
    backendHost.start();
    const utility = latest();
    utility.emit('message', { type: 'fatal', code: 'WRONG_KEY', message: 'La base de données ne s’ouvre pas avec cette clé.' });
    expect(utility.killed).toBe(true);
    expect(onFatal).toHaveBeenCalledWith({ code: 'WRONG_KEY', message: 'La base de données ne s’ouvre pas avec cette clé.' });
    utility.emit('exit', 1);
    expect(backendHost.state).toBe('fatal');
    expect(time.pending()).toEqual([]);
    time.advance(120_000);
    expect(fakes.forks).toHaveLength(1);
    expect(onFatal).toHaveBeenCalledOnce();
  });

  it('does not hand ports while waiting to restart, nor to destroyed windows', () => {
    const { backendHost, time } = setup();
    backendHost.start();
    latest().emit('exit', 1);
    const window = fakeTarget();
    const closed = fakeTarget();
    backendHost.handOver(window);
    backendHost.handOver(closed);
    expect(window.received).toHaveLength(0);
    closed.destroy();
    time.advance(500);
    expect(window.received).toHaveLength(1);
    expect(closed.received).toHaveLength(0);
    expect(latest().ofType('connect')).toHaveLength(1);
  });

  it('answers host requests (printing) from main’s capabilities', async () => {
    const { backendHost, host } = setup();
    backendHost.start();
    latest().emit('message', { type: 'host.request', id: 7, op: 'printHtml', args: [{ html: '<p>Reçu</p>', printerName: 'TM-T20' }] });
    latest().emit('message', { type: 'host.request', id: 8, op: 'listPrinters', args: [] });
    latest().emit('message', { type: 'host.request', id: 9, op: 'format-disk', args: [] });
    await vi.waitFor(() => expect(latest().ofType('host.response')).toHaveLength(2));
    expect(host.printHtml).toHaveBeenCalledWith({ html: '<p>Reçu</p>', printerName: 'TM-T20' });
    expect(latest().ofType('host.response').map((entry) => entry.message)).toEqual([
      { type: 'host.response', id: 7, ok: true, value: { ok: true } },
      { type: 'host.response', id: 8, ok: true, value: [{ name: 'TM-T20', isDefault: true }] },
    ]);
  });

  it('turns a failing host operation into an ok:false response', async () => {
    const failing = { printHtml: async () => Promise.reject(new Error('plus de papier')), listPrinters: async () => [] };
    await expect(handleHostRequest({ type: 'host.request', id: 1, op: 'printHtml', args: [{ html: '' }] }, failing)).resolves.toEqual({
      type: 'host.response',
      id: 1,
      ok: false,
      reason: 'plus de papier',
    });
  });

  it('stops gracefully: shutdown, then no restart on exit', async () => {
    const { backendHost, time } = setup();
    backendHost.start();
    const utility = latest();
    const stopped = backendHost.stop();
    expect(utility.ofType('shutdown')).toHaveLength(1);
    utility.emit('exit', 0);
    await stopped;
    expect(backendHost.state).toBe('stopped');
    expect(time.pending()).toEqual([]);
    expect(fakes.forks).toHaveLength(1);
  });

  it('kills a utility that does not stop in time', async () => {
    const { backendHost, time } = setup();
    backendHost.start();
    const stopped = backendHost.stop(5_000);
    time.advance(5_000);
    await stopped;
    expect(latest().killed).toBe(true);
  });
});
