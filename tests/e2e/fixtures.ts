import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../electron/common/contract';
import { PROJECT_ROOT } from '../support/paths';
import { webSocketClient } from '../support/test-client';

const ROOT = PROJECT_ROOT;

export interface ServedApp {
  url: string;
  output: string[];
}

/** Starts `serve` (browser mode) on a fresh data folder and waits for its "Guichet prêt" line. */
async function serve(args: string[]): Promise<{ app: ServedApp; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'guichet-e2e-'));
  const child: ChildProcess = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['electron/node/host/serve.ts', '--data', dataDir, '--port', '0', '--fake-devices', '--test-hooks', ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } },
  );
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output.join('\n')}`)), 45_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        output.push(line);
        const match = /^Guichet prêt : (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output.join('\n')}`)));
  });
  return {
    app: { url, output },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A served app the test also drives from the backend side (test hooks: fake scanner, fake printer). */
export interface DrivenApp extends ServedApp {
  /** Calls the backend over its own WebSocket connection, with the start-up token, as a second page would. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

export const test = base.extend<{ freshApp: ServedApp; demoApp: ServedApp; devicesApp: DrivenApp }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  freshApp: async ({}, use) => {
    const { app, stop } = await serve([]);
    await use(app);
    await stop();
  },
  // eslint-disable-next-line no-empty-pattern
  demoApp: async ({}, use) => {
    const { app, stop } = await serve(['--demo']);
    await use(app);
    await stop();
  },
  // The demo site with the simulated scanner and printer, and a backend connection for the test hooks.
  // eslint-disable-next-line no-empty-pattern
  devicesApp: async ({}, use) => {
    const { app, stop } = await serve(['--demo']);
    const address = new URL(app.url);
    const token = new URLSearchParams(address.hash.slice(1)).get('token');
    const client = await webSocketClient(Number(address.port), token);
    await use({ ...app, call: (method, input) => client.call(method, input) });
    client.close();
    await stop();
  },
});

export { expect };

/** No serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
