import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/node/host/browser-server';
import { CLOSE_BAD_ORIGIN, CLOSE_BAD_TOKEN } from '../../electron/node/transports/ws.transport';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/test-backend';
import { webSocketClient } from '../support/test-client';

describe('WebSocket carrier guard', () => {
  let env: TestBackend;
  let server: BrowserServer;

  beforeEach(async () => {
    env = await startTestBackend();
    server = await startBrowserServer({ backend: env.backend, rendererDir: makeTempDir() });
  });
  afterEach(async () => {
    await server.close();
    await env.close();
  });

  it('answers a connection without token with BAD_TOKEN and closes it', async () => {
    const client = await webSocketClient(server.port, null);
    const frame = await client.sendRaw('x');
    expect(frame).toMatchObject({ id: null, ok: false, error: { code: 'BAD_TOKEN' } });
    expect(await client.closed).toBe(CLOSE_BAD_TOKEN);
  });

  it('refuses a wrong token', async () => {
    const client = await webSocketClient(server.port, 'not-the-token');
    expect(await client.closed).toBe(CLOSE_BAD_TOKEN);
  });

  it('refuses another origin even with the token', async () => {
    const client = await webSocketClient(server.port, server.token, 'http://evil.example');
    const frame = await client.sendRaw('x');
    expect(frame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await client.closed).toBe(CLOSE_BAD_ORIGIN);
  });

  it('answers a binary frame with INVALID_FRAME and keeps the connection', async () => {
    const client = await webSocketClient(server.port, server.token);
    const answer = new Promise<string>((resolve) => client.socket.once('message', (data) => resolve(String(data))));
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(JSON.parse(await answer)).toMatchObject({ id: null, ok: false, error: { code: 'INVALID_FRAME' } });
    expect(await client.call('app.status', {})).toMatchObject({ setupDone: false });
    client.close();
  });

  it('serves only loopback host names and nothing outside the renderer folder', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    expect(await statusWithHost(server.port, 'attacker.example')).toBe(421);
    expect(await statusWithHost(server.port, `127.0.0.1:${server.port}`)).toBe(404);
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});

function statusWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/index.html', headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
