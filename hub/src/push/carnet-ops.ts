import type { OperationPayload } from '../../../electron/common/sync/operations';
import type { OpResult, WireOp } from '../../../electron/common/sync/protocol';
import { logPassChangesSql } from '../change-log';
import { statement } from '../database';
import type { BatchContext } from './batch-context';
import { accepted, rejected, retryLater } from './op-results';

/**
 * A carnet's life at the CCAS (handed out, given to someone else, taken back, revoked) and the revocation of a
 * single pass. The passes that change are logged for the other sites; the holder stays a pseudonym on the hub.
 */

interface CarnetTransition {
  /** The carnet's new state; null keeps it. */
  carnetState: 'in-stock' | 'distributed' | 'revoked' | null;
  person: { set: string } | 'clear' | 'keep';
  /** Passes in one of these states move to `passState`. */
  passesFrom: string[];
  passState: string;
  /** A revoked carnet refuses the transition (false: the transition is the revocation itself). */
  refuseRevoked: boolean;
}

/**
 * One statement: the carnet's previous state (null when unknown: nothing is written), then the carnet, its
 * passes and their changes. $1 collectivity, $2 now (ISO), $3 number, $4 site, $5 new state, $6 person mode,
 * $7 person, $8 pass states that move, $9 their new state, $10 refuse a revoked carnet.
 */
const transitionCarnet = statement<{ previous: string | null }>(
  'carnet_transition',
  `WITH before AS (
     SELECT state FROM carnet WHERE collectivity_id = $1::uuid AND number = $3::text
   ),
   carnet_row AS (
     UPDATE carnet SET state = coalesce($5::text, state), site_id = $4::uuid, updated_at = $2::text::timestamptz,
       person = CASE $6::text WHEN 'set' THEN $7::text WHEN 'clear' THEN NULL ELSE person END
     WHERE collectivity_id = $1::uuid AND number = $3::text AND NOT ($10::boolean AND state = 'revoked')
     RETURNING number
   ),
   passes AS (
     UPDATE pass SET state = $9::text, site_id = $4::uuid, updated_at = $2::text::timestamptz
     FROM carnet_row
     WHERE pass.collectivity_id = $1::uuid AND pass.carnet_number = carnet_row.number AND pass.state = ANY($8::text[])
     RETURNING pass.number, pass.carnet_number, pass.lot_id, pass.position, pass.state, pass.site_id
   ),
   logged AS (${logPassChangesSql('passes')})
   SELECT (SELECT state FROM before) AS previous`,
);

async function applyTransition(batch: BatchContext, op: WireOp, number: string, transition: CarnetTransition): Promise<OpResult> {
  const { person } = transition;
  const result = await transitionCarnet(batch.client, [
    batch.desk.collectivityId, batch.nowIso, number, batch.desk.siteId, transition.carnetState,
    typeof person === 'object' ? 'set' : person, typeof person === 'object' ? person.set : null,
    transition.passesFrom, transition.passState, transition.refuseRevoked,
  ]);
  const previous = result.rows[0]?.previous ?? null;
  if (previous === null) return retryLater(op.opId, `Le carnet ${number} n'est pas encore arrivé au hub.`);
  if (previous === 'revoked' && transition.refuseRevoked) return rejected(op.opId, 'revoked', `Le carnet ${number} est révoqué.`);
  return accepted(op.opId);
}

export async function carnetDistributed(batch: BatchContext, op: WireOp, payload: OperationPayload<'carnet.distributed'>): Promise<OpResult> {
  const result = await applyTransition(batch, op, payload.number, {
    carnetState: 'distributed', person: { set: payload.person }, passesFrom: ['in-stock'], passState: 'distributed', refuseRevoked: true,
  });
  // The carnet row keeps only its current state: the hand-out itself (its day at the desk, the holder's pseudonym)
  // is kept as a statistic for the collectivity's figures (figures/queries.ts).
  if (result.status === 'accepted') batch.stats.push({ opId: op.opId, type: op.type, key: payload.number, payload, deskAt: payload.at });
  return result;
}

export function carnetReassigned(batch: BatchContext, op: WireOp, payload: OperationPayload<'carnet.reassigned'>): Promise<OpResult> {
  return applyTransition(batch, op, payload.number, {
    carnetState: null, person: { set: payload.person }, passesFrom: [], passState: 'distributed', refuseRevoked: true,
  });
}

export function carnetTakenBack(batch: BatchContext, op: WireOp, payload: OperationPayload<'carnet.taken-back'>): Promise<OpResult> {
  return applyTransition(batch, op, payload.number, {
    carnetState: 'in-stock', person: 'clear', passesFrom: ['distributed'], passState: 'in-stock', refuseRevoked: true,
  });
}

export function carnetRevoked(batch: BatchContext, op: WireOp, payload: OperationPayload<'carnet.revoked'>): Promise<OpResult> {
  return applyTransition(batch, op, payload.number, {
    carnetState: 'revoked', person: 'keep', passesFrom: ['in-stock', 'distributed'], passState: 'revoked', refuseRevoked: false,
  });
}

/** $1 collectivity, $2 now (ISO), $3 number, $4 site. A redeemed pass stays redeemed. */
const revokePass = statement<{ previous: string | null }>(
  'pass_revoke',
  `WITH before AS (
     SELECT state FROM pass WHERE collectivity_id = $1::uuid AND number = $3::text
   ),
   passes AS (
     UPDATE pass SET state = 'revoked', site_id = $4::uuid, updated_at = $2::text::timestamptz
     WHERE collectivity_id = $1::uuid AND number = $3::text AND state IN ('in-stock', 'distributed')
     RETURNING number, carnet_number, lot_id, position, state, site_id
   ),
   logged AS (${logPassChangesSql('passes')})
   SELECT (SELECT state FROM before) AS previous`,
);

export async function passRevoked(batch: BatchContext, op: WireOp, payload: OperationPayload<'pass.revoked'>): Promise<OpResult> {
  const result = await revokePass(batch.client, [batch.desk.collectivityId, batch.nowIso, payload.number, batch.desk.siteId]);
  const previous = result.rows[0]?.previous ?? null;
  if (previous === null) return retryLater(op.opId, `Le pass ${payload.number} n'est pas encore arrivé au hub.`);
  if (previous === 'redeemed') return rejected(op.opId, 'not_allowed', `Le pass ${payload.number} a déjà été utilisé : il ne peut plus être révoqué.`);
  return accepted(op.opId);
}
