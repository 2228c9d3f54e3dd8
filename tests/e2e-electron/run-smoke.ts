/**
 * `npm run test:electron`: the Electron smoke suite where an Electron binary exists, a one-line notice
 * (exit 0) where none does. Never downloads Electron. The native modules must be built for Electron
 * (`npm run rebuild:electron`) on the machines that run it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/paths';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if (!binary.exists) {
  console.log(
    `Suite Electron ignorée : aucun binaire Electron sur cette machine (${binary.path}). Elle s’exécute là où Electron est installé.`,
  );
  process.exit(0);
}

const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', GUICHET_ELECTRON_BINARY: binary.path },
  });

const build = run(bin('electron-vite'), ['build']);
if (build.status !== 0) process.exit(build.status ?? 1);

const suite = run(bin('playwright'), ['test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)]);
process.exit(suite.status ?? 1);
