import type { OperationPayload } from '../../../electron/common/sync/operations';
import type { OpResult, WinnerDto, WireOp } from '../../../electron/common/sync/protocol';
import { appendChange, logPassChangesSql } from '../change-log';
import { statement } from '../database';
import type { BatchContext } from './batch-context';
import { accepted, conflict, rejected, retryLater } from './op-results';

/**
 * `pass.redeemed`: the hub decides double redemptions. `UNIQUE (collectivity_id, pass_number)` on `redemption`
 * makes the first redemption committed the winner, whatever the desks' clocks say; a winner never changes.
 */

/**
 * The happy path in one statement: the pass's state before, then (unless revoked) the redemption, the pass and its
 * change. $1 collectivity, $2 now (ISO), $3 number, $4 op id, $5 desk, $6 site, $7 session, $8 service,
 * $9 booking, $10 the desk's time.
 */
const redeemPass = statement<{ previous: string | null; won: boolean }>(
  'pass_redeem',
  `WITH before AS (
     SELECT state FROM pass WHERE collectivity_id = $1::uuid AND number = $3::text
   ),
   won AS (
     INSERT INTO redemption (collectivity_id, pass_number, op_id, desk_id, site_id, session_id, service_id, booking_id, desk_at, accepted_at)
     SELECT $1::uuid, $3::text, $4::uuid, $5::uuid, $6::uuid, $7::uuid, $8::uuid, $9::uuid, $10::timestamptz, $2::text::timestamptz
     FROM before WHERE before.state <> 'revoked'
     ON CONFLICT (collectivity_id, pass_number) DO NOTHING
     RETURNING pass_number
   ),
   passes AS (
     UPDATE pass SET state = 'redeemed', site_id = $6::uuid, updated_at = $2::text::timestamptz
     FROM won WHERE pass.collectivity_id = $1::uuid AND pass.number = won.pass_number
     RETURNING pass.number, pass.carnet_number, pass.lot_id, pass.position, pass.state, pass.site_id
   ),
   logged AS (${logPassChangesSql('passes')})
   SELECT (SELECT state FROM before) AS previous, EXISTS (SELECT 1 FROM won) AS won`,
);

const lotExists = statement('redeem_lot_exists', 'SELECT 1 FROM lot WHERE id = $1::uuid AND collectivity_id = $2::uuid');

const winnerOf = statement<{ op_id: string; site_id: string; site_name: string; accepted_at: Date }>(
  'redemption_winner',
  `SELECT r.op_id, r.site_id, s.name AS site_name, r.accepted_at
   FROM redemption r JOIN site s ON s.id = r.site_id
   WHERE r.collectivity_id = $1::uuid AND r.pass_number = $2::text`,
);

const siteName = statement<{ name: string }>('site_name', 'SELECT name FROM site WHERE id = $1::uuid');

const insertConflict = statement(
  'conflict_insert',
  `INSERT INTO conflict (collectivity_id, pass_number, winner_op_id, loser_op_id, loser_desk_id, loser_site_id, loser_desk_at, detected_at)
   VALUES ($1::uuid, $2::text, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7::timestamptz, $8::timestamptz)`,
);

export async function passRedeemed(batch: BatchContext, op: WireOp, payload: OperationPayload<'pass.redeemed'>): Promise<OpResult> {
  const { client, desk } = batch;
  const redeemed = await redeemPass(client, [
    desk.collectivityId, batch.nowIso, payload.number, op.opId, desk.id, desk.siteId, payload.sessionId, payload.serviceId, payload.bookingId, payload.at,
  ]);
  const { previous, won } = redeemed.rows[0] ?? { previous: null, won: false };
  if (won) return accepted(op.opId);
  if (previous === null) {
    const lotKnown = (await lotExists(client, [payload.lotId, desk.collectivityId])).rowCount !== 0;
    return lotKnown
      ? retryLater(op.opId, `Le pass ${payload.number} n'est pas encore arrivé au hub (le site qui l'a reçu ne l'a pas encore envoyé).`)
      : rejected(op.opId, 'unknown_lot');
  }
  if (previous === 'revoked') return rejected(op.opId, 'revoked');
  return recordConflict(batch, op, payload);
}

/** Another redemption of the pass won: the conflict is kept and logged, so both sites see it at their next pull. */
async function recordConflict(batch: BatchContext, op: WireOp, payload: OperationPayload<'pass.redeemed'>): Promise<OpResult> {
  const { client, desk } = batch;
  const found = (await winnerOf(client, [desk.collectivityId, payload.number])).rows[0];
  if (!found) throw new Error(`Pass ${payload.number} is redeemed but has no redemption row`);
  const winner: WinnerDto = { siteId: found.site_id, siteName: found.site_name, at: found.accepted_at.toISOString() };
  const loserName = (await siteName(client, [desk.siteId])).rows[0]?.name ?? desk.siteId;
  await insertConflict(client, [desk.collectivityId, payload.number, found.op_id, op.opId, desk.id, desk.siteId, payload.at, batch.now]);
  await appendChange(
    client,
    desk.collectivityId,
    'conflict',
    payload.number,
    { passNumber: payload.number, winner, loser: { siteId: desk.siteId, siteName: loserName, at: new Date(payload.at).toISOString() }, detectedAt: batch.nowIso },
    batch.now,
  );
  return conflict(op.opId, winner);
}
