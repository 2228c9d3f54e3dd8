// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES, type StatusDto } from '../../electron/common/contract';
import { createClient, ClientError, type GuichetClient } from '../../renderer/src/transport';
import { createWebSocketCarrier, webSocketUrl } from '../../renderer/src/transport/websocket-carrier';
import { FakeWebSocket, fakeSocketFactory } from './fake-websocket';

const STATUS: StatusDto = {
  scanner: { state: 'ok', label: 'Lecteur simulé' },
  printer: { state: 'absent', label: 'Aucune imprimante' },
  upload: { pending: 0, lastSuccessAt: null, state: 'not-configured' },
};

function connectedClient(options: { timeoutMs?: number; backoffMs?: (attempt: number) => number } = {}): GuichetClient {
  const client = createClient({
    carrier: createWebSocketCarrier({ url: 'ws://127.0.0.1:9/ws?token=t', create: fakeSocketFactory() }),
    ...options,
  });
  client.start();
  FakeWebSocket.latest().open();
  return client;
}

beforeEach(() => {
  FakeWebSocket.instances = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('transport client over a WebSocket', () => {
  it('builds the address from the page host and the token', () => {
    expect(webSocketUrl({ host: '127.0.0.1:4321' }, 'a b+c')).toBe('ws://127.0.0.1:4321/ws?token=a%20b%2Bc');
  });

  it('sends versioned request frames and matches responses by id, in any order', async () => {
    const client = connectedClient();
    const socket = FakeWebSocket.latest();
    const status = client.call('app.status', {});
    const search = client.call('communes.search', { query: 'lod' });
    const [first, second] = socket.sent as Array<{ v: number; id: number; method: string; input: unknown }>;
    expect(first).toMatchObject({ v: 1, method: 'app.status', input: {} });
    expect(second).toMatchObject({ v: 1, method: 'communes.search', input: { query: 'lod' } });
    expect(first?.id).not.toBe(second?.id);

    socket.receive({ id: second?.id, ok: true, output: [{ code: '34142', nom: 'Lodève', departement: '34', codesPostaux: ['34700'] }] });
    socket.receive({ id: first?.id, ok: true, output: { setupDone: true, site: null, version: '0.1.0' } });
    await expect(search).resolves.toEqual([{ code: '34142', nom: 'Lodève', departement: '34', codesPostaux: ['34700'] }]);
    await expect(status).resolves.toEqual({ setupDone: true, site: null, version: '0.1.0' });
  });

  it('rejects with the typed error and its French message, as sent', async () => {
    const client = connectedClient();
    const errors: string[] = [];
    client.onCallError((error, method) => errors.push(`${method}:${error.code}`));
    const login = client.call('auth.login', { login: 'admin', password: 'x' });
    const socket = FakeWebSocket.latest();
    socket.receive({ id: socket.lastRequest().id, ok: false, error: { code: 'BAD_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' } });
    const error = await login.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'BAD_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
    expect(errors).toEqual(['auth.login:BAD_CREDENTIALS']);
  });

  it('times out with TIMEOUT and ignores a late answer', async () => {
    vi.useFakeTimers();
    const client = connectedClient({ timeoutMs: 1_000 });
    const socket = FakeWebSocket.latest();
    const call = client.call('app.status', {});
    const outcome = call.catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(999);
    socket.receive({ id: 0, ok: true, output: null }); // another id: ignored
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ code: 'TIMEOUT', message: ERROR_MESSAGES.TIMEOUT });
    expect(() => socket.receive({ id: socket.lastRequest().id, ok: true, output: { setupDone: true, site: null, version: '1' } })).not.toThrow();
  });

  it('delivers validated events to their listeners until unsubscribed', () => {
    const client = connectedClient();
    const socket = FakeWebSocket.latest();
    const received: unknown[] = [];
    const stop = client.on('status.changed', (payload) => received.push(payload));
    socket.receive({ event: 'status.changed', payload: STATUS });
    socket.receive({ event: 'status.changed', payload: { scanner: 'broken' } });
    socket.receive({ event: 'session.locked', payload: { reason: 'idle' } });
    stop();
    socket.receive({ event: 'status.changed', payload: STATUS });
    expect(received).toEqual([STATUS]);
  });

  it('fails calls with DISCONNECTED while down, then reconnects with backoff', async () => {
    vi.useFakeTimers();
    const client = connectedClient({ backoffMs: (attempt) => 100 * 2 ** attempt });
    const states: string[] = [];
    client.onStateChange((state) => states.push(state));
    expect(client.getGeneration()).toBe(1);

    const pending = client.call('app.status', {}).catch((caught: unknown) => caught);
    FakeWebSocket.latest().serverClose(1006);
    expect(await pending).toMatchObject({ code: 'DISCONNECTED', message: ERROR_MESSAGES.DISCONNECTED });
    expect(client.getState()).toBe('reconnecting');
    await expect(client.call('app.status', {})).rejects.toMatchObject({ code: 'DISCONNECTED' });

    expect(FakeWebSocket.instances).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(FakeWebSocket.instances).toHaveLength(2);
    FakeWebSocket.latest().serverClose(1006); // still down: next attempt waits longer
    await vi.advanceTimersByTimeAsync(199);
    expect(FakeWebSocket.instances).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeWebSocket.instances).toHaveLength(3);
    FakeWebSocket.latest().open();
    expect(client.getState()).toBe('open');
    expect(client.getGeneration()).toBe(2);
    expect(states).toEqual(['reconnecting', 'open']);

    const again = client.call('app.status', {});
    const socket = FakeWebSocket.latest();
    socket.receive({ id: socket.lastRequest().id, ok: true, output: { setupDone: false, site: null, version: '1' } });
    await expect(again).resolves.toMatchObject({ setupDone: false });
  });

  it('stops on a refused token (4401) and keeps the typed error', async () => {
    vi.useFakeTimers();
    const client = connectedClient();
    const socket = FakeWebSocket.latest();
    socket.receive({ id: null, ok: false, error: { code: 'BAD_TOKEN', message: ERROR_MESSAGES.BAD_TOKEN } });
    socket.serverClose(4401);
    expect(client.getState()).toBe('refused');
    expect(client.getRefusal()).toMatchObject({ code: 'BAD_TOKEN', message: ERROR_MESSAGES.BAD_TOKEN });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('reports a foreign origin (4403) as FORBIDDEN even without the frame', () => {
    const client = connectedClient();
    FakeWebSocket.latest().serverClose(4403);
    expect(client.getState()).toBe('refused');
    expect(client.getRefusal()?.code).toBe('FORBIDDEN');
  });
});
