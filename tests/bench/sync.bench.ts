import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrateHub } from '../../hub/src/database';
import { pullAll } from '../../electron/node/sync/pull';
import { drain, enrolledDesk, receiveStock, redeem, startHubServer } from '../integration/sync/sync-env';
import { startTestPostgres } from '../support/postgres';
import { result, type BenchResult } from './bench-types';

const PUSHED = 10_000;
const PULLED_PASSES = 200_000;

/**
 * The upload (issue 8): a desk pushes 10,000 queued operations to the hub on loopback (PostgreSQL from Debian,
 * started here), and an empty desk pulls the state of 200,000 passes.
 */
export async function run(): Promise<BenchResult[]> {
  const postgres = await startTestPostgres();
  const pool = new pg.Pool({ connectionString: await postgres.createDatabase(`bench_${randomUUID().slice(0, 8)}`), max: 10 });
  // pool.end() resolves before its last sockets have closed: the cluster's shutdown right after may cut one.
  pool.on('error', () => undefined);
  await migrateHub(pool);
  const hub = await startHubServer({}, pool);
  try {
    const ccas = await enrolledDesk(hub, 'CCAS du bench', 'ccas');
    const stock = receiveStock(ccas, PULLED_PASSES / 10, 10, 'B');
    await drain(ccas, 500);
    for (const pass of stock.passes.slice(0, PUSHED)) redeem(ccas, pass, stock.lotId);
    // The time spent in the hub's answers (request sent → answer read), apart from the desk's own work.
    let hubMs = 0;
    ccas.setFetch(async (url, init) => {
      const start = performance.now();
      const response = await fetch(url, init);
      const body = await response.arrayBuffer();
      hubMs += performance.now() - start;
      return new Response(body, { status: response.status, headers: response.headers });
    });
    const pushStart = performance.now();
    await ccas.engine.pushAll((await ccas.engine.client()) as NonNullable<Awaited<ReturnType<typeof ccas.engine.client>>>);
    const pushMs = performance.now() - pushStart;
    const pushedOk = (ccas.db.sqlite.prepare(`SELECT count(*) AS n FROM outbox WHERE operation = 'pass.redeemed' AND state = 'accepted'`).get() as { n: number }).n;
    if (pushedOk !== PUSHED) throw new Error(`${pushedOk} redemptions accepted out of ${PUSHED}`);

    const media = await enrolledDesk(hub, 'Médiathèque du bench');
    const client = await media.engine.client();
    if (!client) throw new Error('no client');
    const pullStart = performance.now();
    const pulled = await pullAll({ db: media.db, client, now: () => new Date(), siteId: media.site.id });
    const pullMs = performance.now() - pullStart;
    const passes = (media.db.sqlite.prepare(`SELECT count(*) AS n FROM hub_pass`).get() as { n: number }).n;
    if (passes !== PULLED_PASSES) throw new Error(`${passes} pass states pulled out of ${PULLED_PASSES} (${pulled.changes} changes)`);
    ccas.close();
    media.close();
    return [
      result(`sync: push ${PUSHED.toLocaleString('en')} queued operations, end to end`, 'ms', pushMs, 10_000),
      result('sync: hub throughput (operations per second of the hub’s answers)', 'ops/s', (PUSHED / hubMs) * 1000, Number.POSITIVE_INFINITY, 2000),
      result(`sync: pull ${PULLED_PASSES.toLocaleString('en')} pass states into an empty desk`, 'ms', pullMs, 10_000),
    ];
  } finally {
    await hub.close();
    await pool.end();
    await postgres.stop();
  }
}
