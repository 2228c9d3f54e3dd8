import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/node/server/create-backend';
import type { Backend, BackendOptions } from '../../electron/node/server/backend-types';
import type { ScryptParams } from '../../electron/node/app/auth/password-hash';
import { PROJECT_ROOT } from './paths';

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, 'db/migrations');

/** Cheaper hashing for tests; the real cost is measured by the benchmarks. Hashes carry their parameters. */
export const TEST_HASHING: ScryptParams = { ln: 12, r: 8, p: 1 };

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  key: Buffer;
  close(): Promise<void>;
}

export function makeTempDir(prefix = 'guichet-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A real backend on a real encrypted SQLite file in a fresh temp folder, with real migrations. */
export async function startTestBackend(options: Partial<BackendOptions> = {}): Promise<TestBackend> {
  const dataDir = options.dataDir ?? makeTempDir();
  const key = options.key ?? randomBytes(32);
  const backend = await createBackend({
    dataDir,
    key,
    migrationsFolder: MIGRATIONS_FOLDER,
    passwordHashing: TEST_HASHING,
    ...options,
  });
  return {
    backend,
    dataDir,
    key,
    async close() {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
