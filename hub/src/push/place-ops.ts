import { z } from 'zod';
import type { OperationPayload } from '../../../electron/common/sync/operations';
import type { OpResult, PullEntityData, WireOp } from '../../../electron/common/sync/protocol';
import { appendChange } from '../change-log';
import { statement } from '../database';
import type { BatchContext } from './batch-context';
import { accepted, rejected } from './op-results';

/**
 * The places' catalogues and collective workshops, shared with the other desks of the collectivity (a CCAS says
 * where to go). These operations are statistics too (the figures read them): each is also stored as sent.
 */

const EntityId = z.string().uuid();

function recordStatistic(batch: BatchContext, op: WireOp, payload: unknown): void {
  batch.stats.push({ opId: op.opId, type: op.type, key: op.key, payload, deskAt: op.createdAt });
}

const upsertService = statement(
  'service_upsert',
  `INSERT INTO service (id, collectivity_id, site_id, name, themes, level, default_duration_min, pass_required, price_passes, archived, updated_at)
   VALUES ($1::uuid, $2::uuid, $3::uuid, $4::text, $5::jsonb, $6::text, $7::int, $8::boolean, $9::int, $10::boolean, $11::timestamptz)
   ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, themes = EXCLUDED.themes, level = EXCLUDED.level,
     default_duration_min = EXCLUDED.default_duration_min, pass_required = EXCLUDED.pass_required, price_passes = EXCLUDED.price_passes,
     archived = EXCLUDED.archived, updated_at = EXCLUDED.updated_at
   WHERE service.collectivity_id = EXCLUDED.collectivity_id AND service.site_id = EXCLUDED.site_id`,
);

export async function serviceSaved(batch: BatchContext, op: WireOp, payload: OperationPayload<'service.saved'>): Promise<OpResult> {
  if (!EntityId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant du service est invalide.");
  const { client, desk } = batch;
  const saved = await upsertService(client, [
    op.key, desk.collectivityId, desk.siteId, payload.name, JSON.stringify(payload.themes), payload.level, payload.defaultDurationMin,
    payload.passRequired, payload.pricePasses, payload.archived, batch.now,
  ]);
  if (saved.rowCount === 0) return rejected(op.opId, 'not_allowed', 'Ce service appartient à un autre site.');
  await appendChange(client, desk.collectivityId, 'service', op.key, { id: op.key, siteId: desk.siteId, ...payload }, batch.now);
  recordStatistic(batch, op, payload);
  return accepted(op.opId);
}

interface WorkshopRow {
  id: string;
  site_id: string;
  service_id: string;
  kind: string;
  title: string;
  themes: string[];
  level: PullEntityData<'workshop'>['level'];
  date: string;
  start_time: string;
  duration_min: number;
  capacity: number | null;
  status: PullEntityData<'workshop'>['status'];
}

const WORKSHOP_COLUMNS = 'id, site_id, service_id, kind, title, themes, level, date::text AS date, start_time, duration_min, capacity, status';

const upsertWorkshop = statement<WorkshopRow>(
  'workshop_upsert',
  `INSERT INTO workshop (id, collectivity_id, site_id, service_id, kind, title, themes, level, date, start_time, duration_min, capacity, status, updated_at)
   VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::text, $7::jsonb, $8::text, $9::date, $10::text, $11::int, $12::int, 'planned', $13::timestamptz)
   ON CONFLICT (id) DO UPDATE SET service_id = EXCLUDED.service_id, kind = EXCLUDED.kind, title = EXCLUDED.title, themes = EXCLUDED.themes,
     level = EXCLUDED.level, date = EXCLUDED.date, start_time = EXCLUDED.start_time, duration_min = EXCLUDED.duration_min,
     capacity = EXCLUDED.capacity, updated_at = EXCLUDED.updated_at
   WHERE workshop.collectivity_id = EXCLUDED.collectivity_id AND workshop.site_id = EXCLUDED.site_id
   RETURNING ${WORKSHOP_COLUMNS}`,
);

const setWorkshopStatus = statement<WorkshopRow>(
  'workshop_status',
  `UPDATE workshop SET status = $4::text, updated_at = $5::timestamptz
   WHERE id = $1::uuid AND collectivity_id = $2::uuid AND site_id = $3::uuid
   RETURNING ${WORKSHOP_COLUMNS}`,
);

/** Only collective workshops are shared: an individual appointment concerns one person and one place. */
async function logWorkshop(batch: BatchContext, row: WorkshopRow): Promise<void> {
  if (row.kind !== 'collectif') return;
  const data: PullEntityData<'workshop'> = {
    id: row.id,
    siteId: row.site_id,
    serviceId: row.service_id,
    title: row.title,
    themes: row.themes,
    level: row.level,
    date: row.date,
    startTime: row.start_time,
    durationMin: row.duration_min,
    capacity: row.capacity,
    status: row.status,
  };
  await appendChange(batch.client, batch.desk.collectivityId, 'workshop', row.id, data, batch.now);
}

export async function workshopSaved(batch: BatchContext, op: WireOp, payload: OperationPayload<'workshop.updated'>): Promise<OpResult> {
  if (!EntityId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant de la séance est invalide.");
  const { client, desk } = batch;
  const saved = await upsertWorkshop(client, [
    op.key, desk.collectivityId, desk.siteId, payload.serviceId, payload.kind, payload.title, JSON.stringify(payload.themes), payload.level,
    payload.date, payload.startTime, payload.durationMin, payload.capacity, batch.now,
  ]);
  const row = saved.rows[0];
  if (!row) return rejected(op.opId, 'not_allowed', 'Cette séance appartient à un autre site.');
  await logWorkshop(batch, row);
  recordStatistic(batch, op, payload);
  return accepted(op.opId);
}

function workshopStatusHandler(status: 'cancelled' | 'closed') {
  return async (batch: BatchContext, op: WireOp, payload: OperationPayload<'workshop.cancelled' | 'workshop.closed'>): Promise<OpResult> => {
    if (!EntityId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant de la séance est invalide.");
    const { client, desk } = batch;
    const row = (await setWorkshopStatus(client, [op.key, desk.collectivityId, desk.siteId, status, batch.now])).rows[0];
    // A session created before this hub knew workshops has nothing to update: its statistic is kept all the same.
    if (row) await logWorkshop(batch, row);
    recordStatistic(batch, op, payload);
    return accepted(op.opId);
  };
}

export const workshopCancelled = workshopStatusHandler('cancelled');
export const workshopClosed = workshopStatusHandler('closed');
