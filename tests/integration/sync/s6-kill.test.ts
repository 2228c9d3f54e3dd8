import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import type { GuichetDatabase } from '../../../db/types';
import { seededRandom } from '../../../electron/node/app/demo/demo-people';
import { CredentialStore } from '../../../electron/node/sync/credential-store';
import { SyncEngine } from '../../../electron/node/sync/sync-engine';
import { pullCursor } from '../../../electron/node/sync/sync-settings';
import { bundleForNode } from '../../support/node-bundle';
import { PROJECT_ROOT } from '../../support/paths';
import { drain, enrolledDesk, receiveStock, redeem, startHubServer, type HubServer, type SyncDesk } from './sync-env';

/**
 * S6 with a real crash: the desk's pull runs in a child process (s6-kill-child.ts) on the desk's SQLite file and
 * is SIGKILLed while a pulled page is applied and its cursor written, before the commit — 20 times, while the hub
 * keeps changing. Then the desk's own sync engine does a normal round. The desk must hold the hub's pass states with
 * its cursor on the hub's last change, and every pass change of the hub's log must have been applied and committed
 * exactly once: triggers on the desk's hub_pass table write each applied change into a ledger, in the same
 * transaction as the change itself (a page applied and committed apart from its cursor would show up twice).
 */
const CHILD = path.join(PROJECT_ROOT, 'tests/integration/sync/s6-kill-child.ts');
/**
 * The child bundled once (our sources in one file, packages loaded from node_modules): a desk process then starts in
 * about 0.4 s of CPU instead of 1.3 s through tsx, which matters for 20+ processes on a shared 2-core machine.
 */
const BUNDLE = path.join(PROJECT_ROOT, `node_modules/.cache/guichet-tests/s6-kill-child-${process.pid}.mjs`);
const MIGRATIONS = path.join(PROJECT_ROOT, 'db/migrations');
const KILLS = 20;
const PAGE_SIZE = 7;
const SEED = Number(process.env.S6_SEED ?? 6);

interface DeskProcess {
  child: ChildProcess;
  /** The next line the process prints (rejects if it exits first). */
  nextLine(): Promise<string>;
  /** Resolves with the signal that ended the process (null: it exited by itself) and its exit code. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** A desk process, loading its modules while the previous one works: it prints `ready`, then waits for `go`. */
function startDeskProcess(desk: SyncDesk, hubUrl: string): DeskProcess {
  const child = spawn(process.execPath, [BUNDLE, desk.dir, desk.key.toString('hex'), MIGRATIONS, hubUrl], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-4000)));
  const lines: string[] = [];
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let ended = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(line);
    else lines.push(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      for (const waiter of waiting.splice(0)) waiter.reject(new Error(`desk process exited (${signal ?? code}):\n${errors}`));
      resolve({ code, signal });
    }),
  );
  return {
    child,
    exited,
    stderr: () => errors,
    nextLine() {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.reject(new Error(`desk process exited:\n${errors}`));
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}

/** Every upsert of a pass state on the desk, recorded by the statement itself (so in its transaction). */
const LEDGER_SQL = `
  CREATE TABLE s6_applied (number TEXT NOT NULL, state TEXT NOT NULL, site_id TEXT NOT NULL, at TEXT NOT NULL);
  CREATE TRIGGER s6_inserted AFTER INSERT ON hub_pass BEGIN
    INSERT INTO s6_applied VALUES (NEW.number, NEW.state, NEW.site_id, NEW.at);
  END;
  CREATE TRIGGER s6_updated AFTER UPDATE ON hub_pass BEGIN
    INSERT INTO s6_applied VALUES (NEW.number, NEW.state, NEW.site_id, NEW.at);
  END;`;

type Applied = { number: string; state: string; siteId: string; at: string };
const byChange = (a: Applied, b: Applied) => (a.number < b.number ? -1 : a.number > b.number ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

function ledger(db: GuichetDatabase): Applied[] {
  return (db.sqlite.prepare('SELECT number, state, site_id AS siteId, at FROM s6_applied').all() as Applied[]).sort(byChange);
}

/** The pass changes of the hub's log, as the desk should have applied them. */
async function hubPassChanges(hub: HubServer): Promise<Applied[]> {
  const result = await hub.pool.query<Applied>(
    `SELECT data->>'number' AS number, data->>'state' AS state, data->>'siteId' AS "siteId", data->>'at' AS at
     FROM change_log WHERE collectivity_id = $1 AND entity = 'pass'`,
    [hub.collectivityId],
  );
  return result.rows.sort(byChange);
}

async function hubLastSeq(hub: HubServer): Promise<number> {
  const result = await hub.pool.query<{ last: string }>(`SELECT max(seq) AS last FROM change_log WHERE collectivity_id = $1`, [hub.collectivityId]);
  return Number(result.rows[0]?.last);
}

let hub: HubServer;
const spares: DeskProcess[] = [];
const opened: Array<{ close(): void }> = [];
const folders: string[] = [];

beforeAll(async () => {
  await bundleForNode(CHILD, BUNDLE);
  hub = await startHubServer();
});

afterAll(async () => {
  for (const spare of spares) spare.child.kill('SIGKILL');
  for (const item of opened) item.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  rmSync(BUNDLE, { force: true });
  await hub?.close();
});

describe('S6 with a real kill', () => {
  it(`a desk process SIGKILLed ${KILLS} times while applying a pulled page ends with the hub’s pass states, no change skipped or applied twice`, async () => {
    const random = seededRandom(SEED);
    const media = await enrolledDesk(hub, 'Médiathèque Kill');
    media.db.sqlite.exec(LEDGER_SQL);
    // From now on the desk's only process is the child: the file is closed here, as by a desk that is not running.
    media.db.close();
    folders.push(media.dir);
    spares.push(startDeskProcess(media, hub.url), startDeskProcess(media, hub.url));
    const ccas = await enrolledDesk(hub, 'CCAS Kill', 'ccas');
    opened.push(ccas);
    const { lotId, passes } = receiveStock(ccas, 50, 10, 'K');
    await drain(ccas);
    const unused = [...passes];
    /** The hub moves on while the desk pulls: the CCAS uses 5 passes, some the desk already holds, some not yet. */
    const ccasWorks = async () => {
      for (let i = 0; i < 5; i += 1) {
        const [pass] = unused.splice(Math.floor(random() * unused.length), 1);
        redeem(ccas, pass as string, lotId);
      }
      await drain(ccas);
    };

    let kills = 0;
    let completed = 0;
    while (kills < KILLS) {
      if (kills + completed > 2 * KILLS) throw new Error('the desk keeps catching up before its stop page');
      const desk = spares.shift() as DeskProcess;
      spares.push(startDeskProcess(media, hub.url));
      expect(await desk.nextLine()).toBe('ready');
      const stopAt = 1 + Math.floor(random() * 6);
      desk.child.stdin?.write(`go ${PAGE_SIZE} ${stopAt}\n`);
      const [said] = await Promise.all([desk.nextLine(), ccasWorks()]);
      if (said.startsWith('applying ')) {
        desk.child.kill('SIGKILL');
        expect((await desk.exited).signal, desk.stderr()).toBe('SIGKILL');
        kills += 1;
      } else {
        expect(said, desk.stderr()).toMatch(/^done \d+$/);
        expect((await desk.exited).code).toBe(0);
        completed += 1;
      }
    }
    for (const spare of spares.splice(0)) spare.child.kill('SIGKILL');

    // The desk starts again (integrity check at open) and its sync engine does a normal round (pages of PULL_PAGE).
    const db = openDatabase({ file: path.join(media.dir, 'guichet.db'), key: media.key, migrationsFolder: MIGRATIONS });
    opened.push({ close: () => db.close() });
    const lastSeq = await hubLastSeq(hub);
    // The kills happened with the desk behind the hub: the normal round has work left.
    expect(pullCursor(db)).toBeGreaterThan(0);
    expect(pullCursor(db)).toBeLessThan(lastSeq);
    const engine = new SyncEngine({ db, clock: () => new Date(), dataDir: media.dir, credentials: new CredentialStore(media.dir, null) });
    expect(await engine.round()).toBe('ok');
    expect(pullCursor(db)).toBe(lastSeq);

    // Every pass change of the hub's log applied once and only once: each killed page went away with its ledger rows.
    const applied = ledger(db);
    const expected = await hubPassChanges(hub);
    const twice = applied.filter((change, index) => index > 0 && byChange(change, applied[index - 1] as Applied) === 0);
    expect(twice).toEqual([]);
    expect(applied).toEqual(expected);
    // The desk's pass states are the hub's.
    const local = db.sqlite.prepare(`SELECT number, state, site_id AS siteId FROM hub_pass ORDER BY number`).all();
    const remote = (
      await hub.pool.query(`SELECT number, state, site_id AS "siteId" FROM pass WHERE collectivity_id = $1 ORDER BY number COLLATE "C"`, [hub.collectivityId])
    ).rows;
    expect(local).toHaveLength(500);
    expect(local).toEqual(remote);
  }, 60_000);
});
