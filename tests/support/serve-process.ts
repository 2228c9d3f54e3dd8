import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleForNode } from './node-bundle';
import { PROJECT_ROOT } from './paths';

const ROOT = PROJECT_ROOT;

let serveBundle: Promise<string> | null = null;

/**
 * `serve.ts` bundled once per test process (a start then takes about 1 s instead of 2.5 s through tsx). The bundle
 * sits three folders below the project root, as serve.ts does: it finds the renderer and the migrations from there.
 */
function bundledServe(): Promise<string> {
  serveBundle ??= (async () => {
    mkdirSync(path.join(ROOT, 'out/tests'), { recursive: true });
    const folder = mkdtempSync(path.join(ROOT, 'out/tests/serve-'));
    const outfile = path.join(folder, 'serve.mjs');
    await bundleForNode(path.join(ROOT, 'electron/node/host/serve.ts'), outfile);
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    return outfile;
  })();
  return serveBundle;
}

export interface ServedApp {
  url: string;
  output: string[];
}

/**
 * Starts `serve` (browser mode) on a fresh data folder (or the one given) and waits for its "Guichet prêt" line. The
 * folder is deleted at stop, unless `keep`.
 */
export async function serve(
  args: string[],
  options: { dataDir?: string; keep?: boolean } = {},
): Promise<{ app: ServedApp; stop: () => Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'guichet-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [await bundledServe(), '--data', dataDir, '--port', '0', '--fake-devices', '--test-hooks', ...args],
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
      if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
