import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkpointNow, SAFETY_AUTOCHECKPOINT_PAGES } from '../../db/checkpoint';
import { openDatabase } from '../../db/open-database';
import { tokenWords } from '../../db/repositories/beneficiary.repo';
import type { GuichetDatabase } from '../../db/types';
import { newId } from '../../electron/common/domain/ids';
import { BeneficiariesService } from '../../electron/node/app/beneficiaries/beneficiaries.service';
import { beneficiaryKeys, nameKeyColumns } from '../../electron/node/app/beneficiaries/beneficiary-row';
import { CommunesService } from '../../electron/node/app/communes/communes.service';
import { demoPerson, pick, seededRandom, type DemoPerson } from '../../electron/node/app/demo/demo-people';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/node/server/create-backend';
import { MIGRATIONS_FOLDER, TEST_HASHING, makeTempDir } from '../support/test-backend';
import { inProcessClient } from '../support/test-client';
import { percentile, result, type BenchResult } from './bench-types';

const PEOPLE = 200_000;
const TYPED_NAMES = 200;
const CREATES = 1000;
const CREATE_WARMUP = 100;
/** Creations between two background checkpoints (the timer runs every 2 s; a desk registers far slower). */
const CREATES_PER_CHECKPOINT = 10;
const YEAR = 2026;
const WIRE_KEYSTROKES = 1000;
const BENCH_ADMIN = { displayName: 'Bench Admin', login: 'bench', password: 'bench-password-2026' };

const SYLLABLES = ['ba', 'ber', 'bou', 'ca', 'char', 'da', 'del', 'di', 'fa', 'fon', 'ga', 'gui', 'la', 'le', 'lou', 'ma', 'mar', 'mo', 'na', 'ni', 'pa', 'per', 'ra', 'ri', 'rou', 'sa', 'se', 'ta', 'tin', 'va', 'vil', 'zi'];
const ENDINGS = ['', 'd', 'n', 't', 'rd', 'ux', 'ille', 'ier', 'ez', 'ot', 'and', 'eau'];

/**
 * Real desks see far more surnames than the demo lists hold: 30 % of people take a name from the lists
 * (so common names like Martin are as frequent as in France, about 0.3 %), the rest an invented one.
 */
export function benchPerson(random: () => number, index: number): DemoPerson {
  const person = demoPerson(random, index, YEAR);
  if (random() < 0.3) return person;
  const syllables = 1 + Math.floor(random() * 3);
  let nom = '';
  for (let i = 0; i < syllables; i += 1) nom += pick(random, SYLLABLES);
  nom += pick(random, ENDINGS);
  return { ...person, nom: nom.charAt(0).toUpperCase() + nom.slice(1) };
}

/** Fills the file in one transaction with raw prepared inserts: rows, search tokens and name variants. */
export function bulkInsert(db: GuichetDatabase, people: DemoPerson[]): void {
  const insertRow = db.sqlite.prepare(
    `INSERT INTO beneficiary (id, nom, prenom, birth_year, genre, commune_code, qpv, qpv_code, phone, no_phone, email, language,
       priority_criteria, nom_key, prenom_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertToken = db.sqlite.prepare('INSERT OR IGNORE INTO beneficiary_token (token, beneficiary_id, words) VALUES (?, ?, ?)');
  const insertVariant = db.sqlite.prepare('INSERT OR IGNORE INTO beneficiary_nom_variant (variant, beneficiary_id, prenom_key) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  const cacheSize = db.sqlite.pragma('cache_size', { simple: true }) as number;
  db.sqlite.pragma('cache_size = -262144');
  db.sqlite.transaction(() => {
    for (const p of people) {
      const id = newId();
      const keys = nameKeyColumns(p.nom, p.prenom);
      insertRow.run(id, p.nom, p.prenom, p.birthYear, p.genre, p.communeCode, p.qpv, p.qpvCode, p.phone, p.email, p.language,
        JSON.stringify(p.priorityCriteria), keys.nomKey, keys.prenomKey, now, now);
      const { tokens, nomVariants, prenomKey } = beneficiaryKeys(p.nom, p.prenom);
      const words = tokenWords(tokens);
      for (const token of tokens) insertToken.run(token, id, words);
      for (const variant of nomVariants) insertVariant.run(variant, id, prenomKey);
    }
  })();
  db.sqlite.pragma(`cache_size = ${cacheSize}`);
  db.sqlite.exec('ANALYZE');
}

/** What an agent types, key by key: the surname, or the first name then a space and the surname. */
export function keystrokes(random: () => number, people: DemoPerson[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < TYPED_NAMES; i += 1) {
    const p = pick(random, people);
    const typed = random() < 0.7 ? p.nom : `${p.prenom} ${p.nom}`;
    for (let n = 1; n <= typed.length; n += 1) queries.push(typed.slice(0, n));
  }
  return queries;
}

/** The bench file, built once per run (exported for profiling). */
export function buildBenchDatabase(): {
  db: GuichetDatabase;
  dir: string;
  key: Buffer;
  sample: DemoPerson[];
  random: () => number;
  clock: () => Date;
  buildMs: number;
} {
  const dir = makeTempDir('guichet-bench-beneficiaries-');
  const key = randomBytes(32);
  const clock = () => new Date(`${YEAR}-11-23T10:00:00.000Z`);
  const db = openDatabase({ file: path.join(dir, DATABASE_FILE_NAME), key, migrationsFolder: MIGRATIONS_FOLDER, clock });
  const random = seededRandom(42);
  const people = Array.from({ length: PEOPLE }, (_, i) => benchPerson(random, i));
  const buildStart = performance.now();
  bulkInsert(db, people);
  // Only a sample is kept for typing: the 200,000 objects would otherwise weigh on the garbage collector.
  const sample = Array.from({ length: 2000 }, () => pick(random, people));
  return { db, dir, key, sample, random, clock, buildMs: performance.now() - buildStart };
}

/** The same keystrokes through the backend's contract (in-process carrier): dispatch, roles, zod in and out. */
async function searchThroughContract(dataDir: string, key: Buffer, queries: string[]): Promise<number[]> {
  const backend = await createBackend({ dataDir, key, migrationsFolder: MIGRATIONS_FOLDER, passwordHashing: TEST_HASHING });
  const client = inProcessClient(backend);
  try {
    await client.call('setup.complete', { site: { name: 'Bench', kind: 'ccas', communeCode: '34172' }, admin: BENCH_ADMIN });
    await client.call('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password });
    for (const query of queries.slice(0, 100)) await client.call('beneficiaries.search', { query, limit: 30 });
    const times: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await client.call('beneficiaries.search', { query, limit: 30 });
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    client.close();
    await backend.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const { db, dir, key, sample, random, clock, buildMs } = buildBenchDatabase();
  process.stdout.write(`  ${PEOPLE} personnes insérées en ${Math.round(buildMs)} ms\n`);

  const service = new BeneficiariesService(db, clock, new CommunesService());
  const queries = keystrokes(random, sample);
  for (const query of queries.slice(0, 200)) service.search(query, 30);
  const searches: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    service.search(query, 30);
    searches.push(performance.now() - start);
  }
  const years: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const start = performance.now();
    service.search(String(1930 + (i % 80)), 30);
    years.push(performance.now() - start);
  }

  // As in the backend: checkpoints run between requests (db/checkpoint.ts); at the desk, registrations are
  // minutes apart, so the timer always runs between two. The checkpoints are timed too, as their own figure.
  db.sqlite.pragma(`wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
  const creates: number[] = [];
  const checkpoints: number[] = [];
  for (let i = 0; i < CREATE_WARMUP + CREATES; i += 1) {
    if (i % CREATES_PER_CHECKPOINT === 0) {
      const start = performance.now();
      checkpointNow(db);
      checkpoints.push(performance.now() - start);
    }
    const p = benchPerson(random, PEOPLE + i);
    const fields = { ...p, socialStatus: 'non-communique' as const, noPhone: false, noticeGivenOn: null, note: null };
    const start = performance.now();
    service.create('bench-agent', { fields, confirmDuplicate: true });
    if (i >= CREATE_WARMUP) creates.push(performance.now() - start);
  }
  db.close();
  const wire = await searchThroughContract(dir, key, queries.slice(0, WIRE_KEYSTROKES));
  rmSync(dir, { recursive: true, force: true });

  return [
    result(`Recherche par frappe par le contrat (validation, rôles, DTO ; ${WIRE_KEYSTROKES} frappes) p99`, 'ms', percentile(wire, 99), 16),
    result(`Recherche de personne par frappe (${PEOPLE} personnes, ${queries.length} frappes) p99`, 'ms', percentile(searches, 99), 16),
    result(`Recherche par année de naissance (${PEOPLE} personnes) p99`, 'ms', percentile(years, 99), 16),
    result(`Création d’une personne (doublons + audit + outbox, ${PEOPLE} personnes) p99`, 'ms', percentile(creates, 99), 10),
    result(`Point de contrôle WAL en arrière-plan (${CREATES_PER_CHECKPOINT} créations) max`, 'ms', Math.max(...checkpoints), 500),
  ];
}
