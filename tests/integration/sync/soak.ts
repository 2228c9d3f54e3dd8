import { seededRandom } from '../../../electron/node/app/demo/demo-people';
import type { HubFetch } from '../../../electron/node/sync/hub-client';
import { drain, enrolledDesk, hubCount, receiveStock, redeem, startHubServer, type SyncDesk } from './sync-env';

export interface SoakOptions {
  seed: number;
  /** Share of requests hit by a fault: a third lost before the hub, a third whose answer is lost after the hub
   * committed, a third where the hub crashes in the middle of the batch (all rolled back); and a tenth of that
   * rate delivered twice. */
  faultRate: number;
  operations: number;
  /** Negative control (S2): a hub without the processed-operation check. */
  naive?: boolean;
}

export interface SoakOutcome {
  created: number;
  processedOnHub: number;
  acceptedOnDesks: number;
  redemptionsOnHub: number;
  conflictsOnDesks: number;
  /** Conflicts a desk was told about although its own operation is the one the hub kept (a replay taken for a rival). */
  falseConflicts: number;
  pendingAfterDrain: number;
  faults: Record<'lost' | 'answerLost' | 'crash' | 'duplicate', number>;
}

const DESKS = 3;
const CHUNK = 200;

/**
 * The fault-injection soak of research/reliability.md §1.5 (S1), on the real hub (PostgreSQL) and real desks
 * (SQLite + the sync engine): desks scan passes while their exchanges with the hub fail in every way, then drain
 * with the network repaired; the counts on both sides must then agree exactly.
 */
export async function runSoak(options: SoakOptions): Promise<SoakOutcome> {
  const random = seededRandom(options.seed);
  const hub = await startHubServer({ naive: options.naive ?? false });
  // The hub "crashes" in the middle of a batch: a trigger fails the batch's first redemption while the plan says so,
  // after the operations were claimed; the whole transaction rolls back and the desk gets a 500.
  await hub.pool.query(`CREATE TABLE fault_plan (crash boolean NOT NULL); INSERT INTO fault_plan VALUES (false);
    CREATE FUNCTION injected_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF (SELECT crash FROM fault_plan) THEN RAISE EXCEPTION 'injected crash'; END IF; RETURN NEW; END $$;
    CREATE TRIGGER injected_crash BEFORE INSERT ON redemption FOR EACH ROW EXECUTE FUNCTION injected_crash();`);
  const faults = { lost: 0, answerLost: 0, crash: 0, duplicate: 0 };
  const faulty: HubFetch = async (url, init) => {
    const draw = random();
    const third = options.faultRate / 3;
    if (draw < third) {
      faults.lost += 1;
      throw new TypeError('fetch failed (injected: request lost)');
    }
    if (draw < 2 * third) {
      faults.answerLost += 1;
      // Read and dropped: an unread answer would hold its connection.
      await (await fetch(url, init)).arrayBuffer();
      throw new TypeError('fetch failed (injected: answer lost)');
    }
    if (draw < 3 * third && url.includes('/push')) {
      await hub.pool.query('UPDATE fault_plan SET crash = true');
      try {
        const response = await fetch(url, init);
        if (response.status === 500) faults.crash += 1;
        return response;
      } finally {
        await hub.pool.query('UPDATE fault_plan SET crash = false');
      }
    }
    if (random() < options.faultRate / 10) {
      faults.duplicate += 1;
      await (await fetch(url, init)).arrayBuffer();
    }
    return fetch(url, init);
  };
  const desks: SyncDesk[] = [];
  try {
    for (let index = 0; index < DESKS; index += 1) desks.push(await enrolledDesk(hub, `Site ${index + 1}`, index === 0 ? 'ccas' : 'mediatheque'));
    const stock = receiveStock(desks[0] as SyncDesk, 2000, 10, 'S');
    await drain(desks[0] as SyncDesk);
    for (const desk of desks) desk.setFetch(faulty);
    const usedHere = desks.map(() => new Set<string>());
    let created = 0;
    while (created < options.operations) {
      const index = Math.floor(random() * DESKS);
      const desk = desks[index] as SyncDesk;
      for (let scan = 0; scan < CHUNK && created < options.operations; scan += 1) {
        // One scan in ten goes to the first 300 passes, so that sites collide for real.
        const pool = random() < 0.1 ? 300 : stock.passes.length;
        const pass = stock.passes[Math.floor(random() * pool)] as string;
        if (usedHere[index]?.has(pass)) continue;
        usedHere[index]?.add(pass);
        redeem(desk, pass, stock.lotId);
        created += 1;
      }
      await desk.engine.round();
    }
    for (const desk of desks) desk.setFetch((url, init) => fetch(url, init));
    for (const desk of desks) await drain(desk, 200);
    return await measure(hub, desks, faults);
  } finally {
    for (const desk of desks) desk.close();
    await hub.close();
  }
}

async function measure(hub: Awaited<ReturnType<typeof startHubServer>>, desks: SyncDesk[], faults: SoakOutcome['faults']): Promise<SoakOutcome> {
  const deskIds = (await hub.pool.query<{ id: string }>(`SELECT id FROM desk WHERE site_id = ANY($1)`, [desks.map((desk) => desk.site.id)])).rows.map((row) => row.id);
  const winners = new Map(
    (await hub.pool.query<{ pass_number: string; op_id: string }>(`SELECT pass_number, op_id FROM redemption WHERE desk_id = ANY($1)`, [deskIds])).rows.map((row) => [row.pass_number, row.op_id]),
  );
  let created = 0;
  let acceptedOnDesks = 0;
  let conflictsOnDesks = 0;
  let falseConflicts = 0;
  let pendingAfterDrain = 0;
  for (const desk of desks) {
    const rows = desk.db.sqlite.prepare(`SELECT op_id AS opId, operation, entity_id AS pass, state FROM outbox`).all() as Array<{ opId: string; operation: string; pass: string; state: string }>;
    created += rows.length;
    for (const row of rows) {
      if (row.state === 'pending' || row.state === 'needs-upgrade') pendingAfterDrain += 1;
      if (row.operation !== 'pass.redeemed') continue;
      if (row.state === 'accepted') acceptedOnDesks += 1;
      if (row.state === 'conflict') {
        conflictsOnDesks += 1;
        if (winners.get(row.pass) === row.opId) falseConflicts += 1;
      }
    }
  }
  return {
    created,
    processedOnHub: await hubCount(hub, `SELECT count(*) FROM processed_op WHERE desk_id = ANY($1)`, [deskIds]),
    acceptedOnDesks,
    redemptionsOnHub: winners.size,
    conflictsOnDesks,
    falseConflicts,
    pendingAfterDrain,
    faults,
  };
}
