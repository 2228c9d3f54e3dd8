import { ServerFrame } from '../../electron/common/contract';
import { createFakeHidScanner } from '../../electron/node/devices/fake/fake-hid-scanner';
import { honeywellReports } from '../../electron/node/devices/fake/hid-pos-reports';
import { startBrowserServer } from '../../electron/node/host/browser-server';
import { makeTempDir, startTestBackend } from '../support/test-backend';
import { webSocketClient } from '../support/test-client';
import { percentile, result, type BenchResult } from './bench-types';

const WARMUP = 200;
const ROUNDS = 2000;
const TARGET_MS = 15;

/**
 * A scan from the HID device to the screen, in browser mode. The backend runs with the simulated HID POS scanner
 * (the real driver, report assembler, event broadcast and WebSocket carrier) and a signed-in WebSocket client.
 * Each sample is timed from the moment the simulated device hands its input reports to the driver (as node-hid's
 * `data` events would) to the moment the client has received and parsed the `scanner.scanned` frame: report
 * parsing and assembly, idle-lock check, JSON encoding, the loopback socket and the client's parsing. It leaves
 * out what happens before node-hid (USB polling, hidraw), which no machine here has.
 * The last figure goes through the test hook instead (a `test.scanner.emit` request over the same socket), so
 * it also counts the request's way in and its input validation.
 */
export async function run(): Promise<BenchResult[]> {
  const scanner = createFakeHidScanner();
  const env = await startTestBackend({ fakeDevices: true, testHooks: true, fakeScanner: scanner });
  const server = await startBrowserServer({ backend: env.backend, rendererDir: makeTempDir() });
  const client = await webSocketClient(server.port, server.token);
  const arrivals = new Map<string, (at: number) => void>();
  client.socket.on('message', (data) => {
    const at = performance.now();
    const frame = ServerFrame.parse(JSON.parse(String(data)));
    if ('event' in frame && frame.event === 'scanner.scanned') {
      const code = (frame.payload as { code: string }).code;
      arrivals.get(code)?.(at);
      arrivals.delete(code);
    }
  });
  const arrival = (code: string) => new Promise<number>((resolve) => arrivals.set(code, resolve));

  async function sample(code: string, send: () => void | Promise<unknown>): Promise<number> {
    const received = arrival(code);
    const start = performance.now();
    await send();
    return (await received) - start;
  }

  async function series(makeCode: (i: number) => string, send: (code: string) => void | Promise<unknown>): Promise<number[]> {
    for (let i = 0; i < WARMUP; i += 1) {
      const code = makeCode(-i - 1);
      await sample(code, () => send(code));
    }
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const code = makeCode(i);
      samples.push(await sample(code, () => send(code)));
    }
    return samples;
  }

  try {
    await client.call('setup.complete', {
      site: { name: 'Médiathèque Jean-Jaurès', kind: 'mediatheque', communeCode: '34172' },
      admin: { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' },
    });
    await client.call('auth.login', { login: 'nadia', password: 'correct horse battery' });

    const deliver = (aim: string) => (code: string) => {
      if (!scanner.deliver(honeywellReports(aim, code))) throw new Error('simulated scanner not open');
    };
    const single = await series((i) => `PASS-${String(i + 1000).padStart(8, '0')}`, deliver(']C0'));
    const longQr = await series((i) => `https://exemple.fr/pass/${i}/${'x'.repeat(270)}`, deliver(']Q1'));
    const viaHook = await series(
      (i) => `HOOK-${String(i + 1000).padStart(8, '0')}`,
      (code) => client.call('test.scanner.emit', { code, symbology: 'Code 128' }),
    );
    return [
      result('Rapport HID → scanner.scanned (WebSocket) p99, code 128 (1 rapport)', 'ms', percentile(single, 99), TARGET_MS),
      result('Rapport HID → scanner.scanned (WebSocket) p99, QR 300 octets (6 rapports)', 'ms', percentile(longQr, 99), TARGET_MS),
      result('test.scanner.emit → scanner.scanned (WebSocket) p99', 'ms', percentile(viaHook, 99), TARGET_MS),
    ];
  } finally {
    client.close();
    await server.close();
    await env.close();
  }
}
