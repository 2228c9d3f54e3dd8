import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeChange } from '../../db/change';
import { openDatabase } from '../../db/open-database';
import { setSetting } from '../../db/repositories/setting.repo';
import { seedDemo } from '../../electron/node/app/demo/demo-seed';
import { settableClock } from '../../electron/common/domain/clock';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/node/server/create-backend';
import { MIGRATIONS_FOLDER, TEST_HASHING, makeTempDir } from '../support/test-backend';
import { percentile, result, type BenchResult } from './bench-types';

const OPEN_ROUNDS = 30;
const WRITE_WARMUP = 200;
const WRITE_ROUNDS = 2000;
/** About a year of activity at a busy desk: audit and outbox rows dominate the file. */
const HISTORY_CHANGES = 20_000;

/** Builds the demo database, then grows it with a year of audited changes. */
async function demoDatabase(): Promise<{ dataDir: string; key: Buffer }> {
  const dataDir = makeTempDir('guichet-bench-');
  const key = randomBytes(32);
  const demoClock = settableClock();
  const backend = await createBackend({ dataDir, key, migrationsFolder: MIGRATIONS_FOLDER, passwordHashing: TEST_HASHING, clock: demoClock });
  await seedDemo(backend, demoClock);
  await backend.close();
  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE_NAME), key, migrationsFolder: MIGRATIONS_FOLDER });
  const clock = () => new Date();
  for (let i = 0; i < HISTORY_CHANGES; i += 1) auditedWrite(db, clock, i);
  db.close();
  return { dataDir, key };
}

function auditedWrite(db: ReturnType<typeof openDatabase>, clock: () => Date, i: number): void {
  writeChange(db, clock, (tx) => {
    setSetting(tx, `bench.${i % 50}`, { i }, clock().toISOString());
    return {
      result: null,
      audit: { actorId: 'bench', action: 'bench.write', targetType: 'setting', targetId: `bench.${i % 50}`, details: { i } },
      outbox: { entity: 'setting', entityId: `bench.${i % 50}`, operation: 'bench.write', payload: { i } },
    };
  });
}

export async function run(): Promise<BenchResult[]> {
  const { dataDir, key } = await demoDatabase();
  const file = path.join(dataDir, DATABASE_FILE_NAME);

  const opens: number[] = [];
  for (let i = 0; i < OPEN_ROUNDS; i += 1) {
    const start = performance.now();
    const db = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
    opens.push(performance.now() - start);
    db.close();
  }

  const db = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
  const clock = () => new Date();
  for (let i = 0; i < WRITE_WARMUP; i += 1) auditedWrite(db, clock, i);
  const writes: number[] = [];
  for (let i = 0; i < WRITE_ROUNDS; i += 1) {
    const start = performance.now();
    auditedWrite(db, clock, i);
    writes.push(performance.now() - start);
  }
  db.close();

  return [
    result('Base : ouverture + migrations + quick_check (max, base de démo + 1 an)', 'ms', Math.max(...opens), 300),
    result('Écriture auditée (domaine + outbox + audit, synchronous=FULL) p99', 'ms', percentile(writes, 99), 10),
  ];
}
