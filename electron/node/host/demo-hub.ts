import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { addCollectivity, createEnrollmentCode } from '../../../hub/src/admin/administration';
import { buildHub } from '../../../hub/src/app';
import { migrateHub, openPool } from '../../../hub/src/database';
import { createReaderToken } from '../../../hub/src/figures/readers';
import { startLocalPostgres, type LocalPostgres } from '../../../hub/src/local-postgres';
import type { SiteKind } from '../../common/contract';
import { settableClock } from '../../common/domain/clock';
import { parisDate } from '../../common/domain/passes/paris-date';
import type { ScryptParams } from '../app/auth/password-hash';
import { DEMO_ACCOUNTS } from '../app/demo/demo-accounts';
import { contractCaller, seedDemo, type DemoCall } from '../app/demo/demo-seed';
import { demoPassNumber } from '../app/demo/demo-stock';
import { createBackend } from '../server/create-backend';
import type { Backend } from '../server/backend-types';
import { startBrowserServer, type BrowserServer } from './browser-server';
import { resolveDatabaseKey } from './database-key';

/**
 * The whole cross-desk flow on one machine (`npm run demo:hub`): a throwaway PostgreSQL (hub/src/local-postgres.ts),
 * the hub on loopback HTTP with one collectivity, and two browser-mode desks in this process — a CCAS and a
 * médiathèque, each seeded with the demo (`--demo`) under its own site and stock numbers — enrolled through
 * `sync.enroll` as an administrator does on the Synchronisation page. A person known at both places and a session
 * of today at the médiathèque, where she is booked, are ready for the visitor to try the journey.
 */
export interface DemoHubOptions {
  /** The desks' data folders go under it (`ccas/`, `mediatheque/`); recreated at every start. */
  dataDir: string;
  /** The built renderer to serve (serve-demo-hub.ts builds it when missing). */
  rendererDir: string;
  /** Password hashing of the demo accounts (tests lower it; default: the app's). */
  passwordHashing?: ScryptParams;
  /** Interval between two synchronisations of a desk (default 20 s, so that the other desk's work shows soon). */
  syncIntervalMs?: number;
  /** Progress lines, in French. */
  log?: (line: string) => void;
}

export interface DemoDesk {
  key: 'ccas' | 'mediatheque';
  site: { name: string; kind: SiteKind; communeCode: string };
  /** The address to open (the one-time token travels in the fragment). */
  url: string;
  dataDir: string;
  backend: Backend;
}

export interface DemoHub {
  hubUrl: string;
  collectivityName: string;
  /** The Métropole's figures page and a reader token for it. */
  figures: { url: string; token: string };
  ccas: DemoDesk;
  mediatheque: DemoDesk;
  /** What the visitor is invited to try. */
  visit: DemoVisit;
  /** The throwaway cluster's folder (removed by stop()). */
  postgresFolder: string;
  /** Stops the desks, the hub and PostgreSQL, and removes the hub's database. Idempotent. */
  stop(): Promise<void>;
}

export interface DemoVisit {
  person: { prenom: string; nom: string };
  /** A carnet still in the CCAS's stock, and its first pass. */
  carnet: string;
  firstPass: string;
  session: { title: string; startTime: string };
}

export class DemoHubError extends Error {}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const DEMO_COLLECTIVITY = 'Métropole de démonstration';
const MARKER_FILE = '.guichet-demo-hub';
const DEFAULT_SYNC_INTERVAL_MS = 20_000;

const DESKS = [
  { key: 'ccas', site: { name: 'CCAS de Montpellier', kind: 'ccas', communeCode: '34172' }, stockSeries: 0 },
  { key: 'mediatheque', site: { name: 'Médiathèque Émile-Zola', kind: 'mediatheque', communeCode: '34172' }, stockSeries: 1 },
] as const;

/** Carnets C100001…C100020 are handed out by the seed; C100041 stays in the CCAS's stock. */
const VISIT_CARNET = 'C100041';
const VISIT_FIRST_PASS = demoPassNumber(100_000_000 + 40 * 10);
const VISIT_PERSON = { prenom: 'Agathe', nom: 'Quintard' };
const VISIT_SESSION_TITLE = 'Découvrir le Pass Numérique';

function account(role: 'admin' | 'referent') {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`demo account ${role} missing`);
  return found;
}

/** The data folder is the demo's (marked) or new: never wipe a folder the demo did not create. */
function prepareDataDir(dataDir: string): void {
  const marker = path.join(dataDir, MARKER_FILE);
  if (existsSync(dataDir) && !existsSync(marker) && readdirSync(dataDir).length > 0) {
    throw new DemoHubError(`Le dossier ${dataDir} existe et n’est pas celui d’une démonstration : choisissez-en un autre avec --data.`);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(marker, 'Dossier de la démonstration « npm run demo:hub » : recréé à chaque démarrage.\n');
  // The hub is new at every start: desks enrolled with the previous one would be refused.
  for (const desk of DESKS) rmSync(path.join(dataDir, desk.key), { recursive: true, force: true });
}

async function as<T>(backend: Backend, role: 'admin' | 'referent', work: (call: DemoCall) => Promise<T>): Promise<T> {
  const { call, close } = contractCaller(backend);
  const who = account(role);
  try {
    await call('auth.login', { login: who.login, password: who.password });
    return await work(call);
  } finally {
    close();
  }
}

/** A session hour today in Paris: the next full hour, between 9:00 and 22:00. */
function sessionHour(now: Date): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(now));
  return `${String(Math.min(22, Math.max(9, hour + 1))).padStart(2, '0')}:00`;
}

export async function startDemoHub(options: DemoHubOptions): Promise<DemoHub> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);

  let postgres: LocalPostgres | null = null;
  let pool: pg.Pool | null = null;
  let hub: FastifyInstance | null = null;
  const backends: Backend[] = [];
  const servers: BrowserServer[] = [];
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      for (const server of servers) await server.close();
      for (const backend of backends) await backend.close();
      await hub?.close();
      await pool?.end();
      await postgres?.stop();
    })());

  try {
    log('Démarrage de PostgreSQL (base jetable)…');
    postgres = await startLocalPostgres();
    prepareDataDir(dataDir);
    pool = openPool(await postgres.createDatabase('guichet_demo'), 8);
    pool.on('error', () => undefined); // an idle connection cut while stopping
    await migrateHub(pool);
    hub = buildHub({ pool });
    const hubUrl = await hub.listen({ host: '127.0.0.1', port: 0 });
    const now = new Date();
    const collectivity = await addCollectivity(pool, DEMO_COLLECTIVITY, now);
    const reader = await createReaderToken(pool, collectivity.id, 'Démonstration', now);
    log(`Hub prêt : ${hubUrl}`);

    log('Préparation des deux postes de démonstration (une minute environ)…');
    const desks = await Promise.all(
      DESKS.map(async (spec) => {
        const deskDir = path.join(dataDir, spec.key);
        const clock = settableClock();
        const backend = await createBackend({
          clock,
          dataDir: deskDir,
          key: resolveDatabaseKey({ dataDir: deskDir }),
          migrationsFolder: path.join(PROJECT_ROOT, 'db/migrations'),
          fakeDevices: true,
          passwordHashing: options.passwordHashing,
          syncIntervalMs: options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS,
          log: (line) => log(`[${spec.site.name}] ${line}`),
        });
        backends.push(backend);
        await seedDemo(backend, clock, { site: spec.site, stockSeries: spec.stockSeries });
        log(`${spec.site.name} : données de démonstration prêtes.`);
        return { spec, backend, deskDir };
      }),
    );
    const [ccas, mediatheque] = desks as [(typeof desks)[number], (typeof desks)[number]];

    // Enrolled as on the Synchronisation page: the CCAS first, so that the médiathèque pulls its stock at once.
    for (const desk of [ccas, mediatheque]) {
      const { code } = await createEnrollmentCode(pool, collectivity.id, 1, new Date());
      await as(desk.backend, 'admin', (call) => call('sync.enroll', { hubUrl, code }));
      log(`${desk.spec.site.name} relié au hub.`);
    }
    // The visit: a person known at both places (the médiathèque registered her too), booked in a session of today.
    const session = { title: VISIT_SESSION_TITLE, startTime: sessionHour(new Date()) };
    await as(ccas.backend, 'referent', (call) => call('beneficiaries.create', { fields: { ...VISIT_PERSON }, confirmDuplicate: true }));
    await as(mediatheque.backend, 'referent', async (call) => {
      const { beneficiary } = await call('beneficiaries.create', { fields: { ...VISIT_PERSON }, confirmDuplicate: true });
      const service = (await call('services.list', { includeArchived: false })).find((candidate) => candidate.passRequired);
      if (!beneficiary || !service) throw new Error('demo visit: person or service missing');
      const [created] = await call('workshops.create', {
        fields: {
          kind: 'collectif',
          title: session.title,
          serviceId: service.id,
          themes: service.themes,
          level: 'debutant',
          date: parisDate(new Date()),
          startTime: session.startTime,
          durationMin: 60,
          room: 'Espace numérique',
          facilitatorId: null,
          capacity: 8,
        },
      });
      if (!created) throw new Error('demo visit: session not created');
      await call('bookings.create', { sessionId: created.id, beneficiaryId: beneficiary.id, printSlip: false });
    });

    // Both desks upload what the visit's preparation wrote; the CCAS, last, learns the médiathèque's places and workshops.
    for (const desk of [mediatheque, ccas]) await as(desk.backend, 'admin', (call) => call('sync.now', {}));

    const served = async (desk: typeof ccas): Promise<DemoDesk> => {
      const server = await startBrowserServer({ backend: desk.backend, rendererDir: options.rendererDir });
      servers.push(server);
      return { key: desk.spec.key, site: { ...desk.spec.site }, url: server.url, dataDir: desk.deskDir, backend: desk.backend };
    };
    return {
      hubUrl,
      collectivityName: collectivity.name,
      figures: { url: new URL('/figures', hubUrl).toString(), token: reader.token },
      ccas: await served(ccas),
      mediatheque: await served(mediatheque),
      visit: { person: VISIT_PERSON, carnet: VISIT_CARNET, firstPass: VISIT_FIRST_PASS, session },
      postgresFolder: postgres.folder,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
