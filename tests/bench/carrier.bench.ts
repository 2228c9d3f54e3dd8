import { startBrowserServer } from '../../electron/node/host/browser-server';
import { makeTempDir, startTestBackend } from '../support/test-backend';
import { webSocketClient } from '../support/test-client';
import { percentile, result, type BenchResult } from './bench-types';

const WARMUP = 200;
const ROUNDS = 3000;

/** One request/response over the browser-mode WebSocket carrier, through dispatch and a database read. */
export async function run(): Promise<BenchResult[]> {
  const env = await startTestBackend();
  const server = await startBrowserServer({ backend: env.backend, rendererDir: makeTempDir() });
  const client = await webSocketClient(server.port, server.token);
  try {
    for (let i = 0; i < WARMUP; i += 1) await client.call('app.status', {});
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const start = performance.now();
      await client.call('app.status', {});
      samples.push(performance.now() - start);
    }
    return [result('Aller-retour WebSocket p99 (app.status)', 'ms', percentile(samples, 99), 2)];
  } finally {
    client.close();
    await server.close();
    await env.close();
  }
}
