import { z } from 'zod';
import type { OperationPayload } from '../../../electron/common/sync/operations';
import { WireSite, type OpResult, type WireOp } from '../../../electron/common/sync/protocol';
import { appendChange, logPassChangesSql } from '../change-log';
import { statement } from '../database';
import type { BatchContext } from './batch-context';
import { accepted, rejected, retryLater } from './op-results';

/**
 * The reference data the desks share through the hub: sites, issuers, lots and the carnets received. Ids are the
 * desks' own (uuids); an id already used by another collectivity is refused.
 */

const EntityId = z.string().uuid();

const upsertSite = statement<{ id: string }>(
  'site_upsert',
  `INSERT INTO site (id, collectivity_id, name, kind, commune_code, created_at, updated_at)
   VALUES ($1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::timestamptz, $6::timestamptz)
   ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, commune_code = EXCLUDED.commune_code, updated_at = EXCLUDED.updated_at
   WHERE site.collectivity_id = EXCLUDED.collectivity_id
   RETURNING id`,
);

/** Registers or renames a site of the desk's collectivity (also used by the enrollment). */
export async function saveSite(batch: Pick<BatchContext, 'client' | 'now'>, collectivityId: string, site: WireSite): Promise<boolean> {
  const saved = await upsertSite(batch.client, [site.id, collectivityId, site.name, site.kind, site.communeCode, batch.now]);
  if (saved.rowCount === 0) return false;
  await appendChange(batch.client, collectivityId, 'site', site.id, site, batch.now);
  return true;
}

export async function siteCreated(batch: BatchContext, op: WireOp, payload: OperationPayload<'site.created'>): Promise<OpResult> {
  const site = WireSite.safeParse({ id: op.key, ...payload });
  if (!site.success) return rejected(op.opId, 'validation', "L'identifiant ou le code commune du site est invalide.");
  const saved = await saveSite(batch, batch.desk.collectivityId, site.data);
  return saved ? accepted(op.opId) : rejected(op.opId, 'not_allowed', 'Ce site appartient à une autre collectivité.');
}

const upsertIssuer = statement<{ id: string }>(
  'issuer_upsert',
  `INSERT INTO issuer (id, collectivity_id, name, carnet_rule, pass_rule, updated_at)
   VALUES ($1::uuid, $2::uuid, $3::text, $4::jsonb, $5::jsonb, $6::timestamptz)
   ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, carnet_rule = EXCLUDED.carnet_rule, pass_rule = EXCLUDED.pass_rule, updated_at = EXCLUDED.updated_at
   WHERE issuer.collectivity_id = EXCLUDED.collectivity_id
   RETURNING id`,
);

export async function issuerSaved(batch: BatchContext, op: WireOp, payload: OperationPayload<'issuer.saved'>): Promise<OpResult> {
  if (!EntityId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant de l'émetteur est invalide.");
  const { collectivityId } = batch.desk;
  const saved = await upsertIssuer(batch.client, [op.key, collectivityId, payload.name, JSON.stringify(payload.carnetRule), JSON.stringify(payload.passRule), batch.now]);
  if (saved.rowCount === 0) return rejected(op.opId, 'not_allowed', 'Cet émetteur appartient à une autre collectivité.');
  await appendChange(batch.client, collectivityId, 'issuer', op.key, { id: op.key, ...payload }, batch.now);
  return accepted(op.opId);
}

const issuerExists = statement('issuer_exists', 'SELECT 1 FROM issuer WHERE id = $1::uuid AND collectivity_id = $2::uuid');

const upsertLot = statement<{ site_id: string }>(
  'lot_upsert',
  `INSERT INTO lot (id, collectivity_id, issuer_id, reference, face_value_cents, carnet_size, valid_until, grace_until, block_days,
     warning_days, target_criteria, site_id, created_at, updated_at)
   VALUES ($1::uuid, $2::uuid, $3::uuid, $4::text, $5::int, $6::int, $7::date, $8::date, $9::int, $10::int, $11::jsonb, $12::uuid, $13::timestamptz, $13::timestamptz)
   ON CONFLICT (id) DO UPDATE SET issuer_id = EXCLUDED.issuer_id, reference = EXCLUDED.reference, face_value_cents = EXCLUDED.face_value_cents,
     carnet_size = EXCLUDED.carnet_size, valid_until = EXCLUDED.valid_until, grace_until = EXCLUDED.grace_until, block_days = EXCLUDED.block_days,
     warning_days = EXCLUDED.warning_days, target_criteria = EXCLUDED.target_criteria, updated_at = EXCLUDED.updated_at
   WHERE lot.collectivity_id = EXCLUDED.collectivity_id
   RETURNING site_id`,
);

export async function lotCreated(batch: BatchContext, op: WireOp, payload: OperationPayload<'lot.created'>): Promise<OpResult> {
  if (!EntityId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant du lot est invalide.");
  const { client, desk } = batch;
  if ((await issuerExists(client, [payload.issuerId, desk.collectivityId])).rowCount === 0) {
    return retryLater(op.opId, "L'émetteur de ce lot n'est pas encore arrivé au hub.");
  }
  const { targetCriteria, ...shared } = payload;
  const saved = await upsertLot(client, [
    op.key, desk.collectivityId, payload.issuerId, payload.reference, payload.faceValueCents, payload.carnetSize, payload.validUntil,
    payload.graceUntil, payload.blockDays, payload.warningDays, JSON.stringify(targetCriteria), desk.siteId, batch.now,
  ]);
  const receivingSite = saved.rows[0]?.site_id;
  if (!receivingSite) return rejected(op.opId, 'not_allowed', 'Ce lot appartient à une autre collectivité.');
  await appendChange(client, desk.collectivityId, 'lot', op.key, { id: op.key, ...shared, siteId: receivingSite }, batch.now);
  return accepted(op.opId);
}

const lotExists = statement('lot_exists', 'SELECT 1 FROM lot WHERE id = $1::uuid AND collectivity_id = $2::uuid');

/** Carnets and passes in bulk (a delivery is thousands of passes): three inserts in one statement. */
const receiveCarnets = statement(
  'carnets_receive',
  `WITH carnets AS (
     INSERT INTO carnet (collectivity_id, number, lot_id, site_id, state, updated_at)
     SELECT $1::uuid, number, $3::uuid, $4::uuid, 'in-stock', $2::text::timestamptz FROM unnest($5::text[]) AS number
     ON CONFLICT DO NOTHING
   ),
   passes AS (
     INSERT INTO pass (collectivity_id, number, carnet_number, lot_id, position, state, site_id, updated_at)
     SELECT $1::uuid, number, carnet_number, $3::uuid, position, 'in-stock', $4::uuid, $2::text::timestamptz
     FROM unnest($6::text[], $7::text[], $8::int[]) AS received(number, carnet_number, position)
     ON CONFLICT DO NOTHING
     RETURNING number, carnet_number, lot_id, position, state, site_id
   )
   ${logPassChangesSql('passes')}`,
);

export async function carnetsReceived(batch: BatchContext, op: WireOp, payload: OperationPayload<'carnets.received'>): Promise<OpResult> {
  const { client, desk } = batch;
  if ((await lotExists(client, [payload.lotId, desk.collectivityId])).rowCount === 0) {
    return retryLater(op.opId, "Le lot de ces carnets n'est pas encore arrivé au hub.");
  }
  const passNumbers: string[] = [];
  const carnetNumbers: string[] = [];
  const positions: number[] = [];
  for (const carnet of payload.carnets) {
    carnet.passes.forEach((number, index) => {
      passNumbers.push(number);
      carnetNumbers.push(carnet.number);
      positions.push(index + 1);
    });
  }
  const carnets = payload.carnets.map((carnet) => carnet.number);
  await receiveCarnets(client, [desk.collectivityId, batch.nowIso, payload.lotId, desk.siteId, carnets, passNumbers, carnetNumbers, positions]);
  return accepted(op.opId);
}
