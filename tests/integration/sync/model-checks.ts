import { expect } from 'vitest';
import type { Model } from './model-spec';
import { isDue } from './model-spec';
import type { RealDesk, RealSystem } from './model-system';

/**
 * What S12 checks after every command and after the final drain: first the invariants of research/reliability.md
 * §1.5, read from the real hub and desks alone; then that the real system is exactly where the model says.
 */

interface OutboxRow {
  opId: string;
  operation: string;
  pass: string;
  state: string;
  nextAttemptAt: number;
}

function outboxOf(real: RealDesk): OutboxRow[] {
  return real.desk.db.sqlite
    .prepare(`SELECT op_id AS opId, operation, entity_id AS pass, state, next_attempt_at AS nextAttemptAt FROM outbox ORDER BY seq`)
    .all() as OutboxRow[];
}

/** The hub's redemptions of the run: pass → winning op id. */
async function hubWinners(system: RealSystem): Promise<Map<string, string>> {
  const rows = await system.server.pool.query<{ pass_number: string; op_id: string }>(`SELECT pass_number, op_id FROM redemption WHERE collectivity_id = $1`, [system.collectivityId]);
  return new Map(rows.rows.map((row) => [row.pass_number, row.op_id]));
}

async function hubPassStates(system: RealSystem): Promise<unknown[]> {
  const rows = await system.server.pool.query(`SELECT number, state, site_id AS "siteId" FROM pass WHERE collectivity_id = $1 ORDER BY number COLLATE "C"`, [system.collectivityId]);
  return rows.rows;
}

function deskPassStates(real: RealDesk): unknown[] {
  return real.desk.db.sqlite.prepare(`SELECT number, state, site_id AS siteId FROM hub_pass ORDER BY number`).all();
}

/**
 * The invariants, from real state only. `final`: after every desk drained with the network repaired and pulled.
 * - at most one accepted redemption per pass at the hub;
 * - a redemption a desk holds as accepted is the hub's redemption of that pass (nothing accepted is missing);
 * - a conflict on a desk only for a pass the hub holds another redemption of, recorded as that conflict's loser
 *   (no false conflict: a replay never loses against itself);
 * - no two operations of one (desk, epoch) share a seq at the hub (a restored desk starts a new epoch);
 * - final: every outbox empty, each operation answered accepted or conflict (so, with the above, every redemption
 *   a desk holds is at the hub, as its redemption or as a recorded loser), the hub's redemption accepted on the desk
 *   that holds it, the delivery at the hub, every desk's pass states = the hub's, every conflict in the review
 *   inbox of both desks.
 */
export async function checkInvariants(system: RealSystem, final: boolean): Promise<void> {
  const { pool } = system.server;
  const doubles = await pool.query(`SELECT pass_number FROM redemption WHERE collectivity_id = $1 GROUP BY pass_number HAVING count(*) > 1`, [system.collectivityId]);
  expect(doubles.rows, 'passes redeemed twice at the hub').toEqual([]);
  const winners = await hubWinners(system);
  const losers = new Set(
    (await pool.query<{ loser_op_id: string }>(`SELECT loser_op_id FROM conflict WHERE collectivity_id = $1`, [system.collectivityId])).rows.map((row) => row.loser_op_id),
  );
  const seqClashes = await pool.query(`SELECT desk_id, epoch, seq FROM processed_op WHERE desk_id = ANY($1) GROUP BY desk_id, epoch, seq HAVING count(*) > 1`, [system.deskIds]);
  expect(seqClashes.rows, 'two operations with the same (desk, epoch, seq) at the hub').toEqual([]);
  for (const real of system.desks) {
    for (const row of outboxOf(real)) {
      const where = `${real.desk.name}, ${row.operation} ${row.pass} (${row.opId})`;
      if (final) expect(row.state, `${where}: not answered accepted or conflict after the drain`).toMatch(/^(accepted|conflict)$/);
      if (row.operation !== 'pass.redeemed') continue;
      if (row.state === 'accepted') expect(winners.get(row.pass), `${where}: accepted on the desk, not the hub's redemption`).toBe(row.opId);
      if (row.state === 'conflict') {
        expect(winners.get(row.pass), `${where}: a conflict without another redemption at the hub`).toBeDefined();
        expect(winners.get(row.pass), `${where}: a false conflict (the hub's redemption is this very operation)`).not.toBe(row.opId);
        expect(losers.has(row.opId), `${where}: a conflict the hub did not record`).toBe(true);
      }
      if (final && winners.get(row.pass) === row.opId) expect(row.state, `${where}: the hub's redemption, not accepted on its desk`).toBe('accepted');
    }
  }
  if (final) {
    const hub = await hubPassStates(system);
    expect(hub, 'the delivered passes at the hub').toHaveLength(system.passes.length);
    for (const real of system.desks) expect(deskPassStates(real), `${real.desk.name}: pass states after the final pull`).toEqual(hub);
    await checkReviews(system);
  }
}

/**
 * Both sites see every conflict (research §1.3, detection): the losing desk has one review per operation it holds as
 * a conflict, the winning desk one review per conflict the hub recorded against its redemptions.
 */
async function checkReviews(system: RealSystem): Promise<void> {
  for (const real of system.desks) {
    const reviews = real.desk.db.sqlite.prepare(`SELECT kind, op_id AS opId, pass_number AS pass FROM sync_review ORDER BY pass_number, other_site_at`).all() as Array<{ kind: string; opId: string | null; pass: string }>;
    const conflictOps = outboxOf(real).filter((row) => row.state === 'conflict').map((row) => row.opId).sort();
    expect(reviews.filter((review) => review.kind === 'conflict').map((review) => review.opId).sort(), `${real.desk.name}: reviews of its conflicts`).toEqual(conflictOps);
    const lostAgainstHere = await system.server.pool.query<{ pass_number: string }>(
      `SELECT c.pass_number FROM conflict c JOIN redemption r ON r.op_id = c.winner_op_id WHERE c.collectivity_id = $1 AND r.site_id = $2 ORDER BY c.pass_number`,
      [system.collectivityId, real.desk.site.id],
    );
    expect(
      reviews.filter((review) => review.kind === 'conflict-elsewhere').map((review) => review.pass).sort(),
      `${real.desk.name}: reviews of the conflicts its redemptions won`,
    ).toEqual(lostAgainstHere.rows.map((row) => row.pass_number).sort());
  }
}

/** The real hub and desks are where the model says (operations mapped to real op ids). */
export async function checkAgainstModel(model: Model, system: RealSystem, pulled: number[]): Promise<void> {
  const opId = (key: string) => system.opIds.get(key) ?? `(no op id for ${key})`;
  const winners = await hubWinners(system);
  expect(Object.fromEntries(winners), 'the hub’s redemptions').toEqual(Object.fromEntries([...model.winners].map(([pass, key]) => [pass, opId(key)])));
  const conflicts = await system.server.pool.query<{ count: string }>(`SELECT count(*) FROM conflict WHERE collectivity_id = $1`, [system.collectivityId]);
  expect(Number(conflicts.rows[0]?.count), 'conflicts recorded at the hub').toBe(model.conflicts);
  const now = system.hub.clock().getTime();
  model.desks.forEach((desk, index) => {
    const real = system.desks[index] as RealDesk;
    const rows = outboxOf(real).filter((row) => row.operation === 'pass.redeemed' || row.operation === 'carnets.received');
    const actual = rows.map((row) => ({ opId: row.opId, state: row.state, due: row.state === 'pending' && row.nextAttemptAt <= now }));
    const expected = desk.ops.map((op) => ({ opId: opId(op.key), state: op.state, due: isDue(model, op) }));
    expect(actual, `${real.desk.name}: its outbox`).toEqual(expected);
  });
  if (pulled.length === 0) return;
  const hub = await hubPassStates(system);
  for (const index of pulled) {
    const real = system.desks[index] as RealDesk;
    expect(deskPassStates(real), `${real.desk.name}: pass states after a successful pull`).toEqual(hub);
  }
}
