import type { PullEntity, PullEntityData } from '../../electron/common/sync/protocol';
import { statement, type Queryable } from './database';

/** Appends one change that the collectivity's desks will pull. Call it inside the writer's transaction. */
export async function appendChange<E extends PullEntity>(
  db: Queryable,
  collectivityId: string,
  entity: E,
  key: string,
  data: PullEntityData<E>,
  at: Date,
  /** Only this site's desks pull the change (a person's booking); every desk of the collectivity otherwise. */
  onlySiteId: string | null = null,
): Promise<number> {
  const inserted = await insertChange(db, [collectivityId, entity, key, JSON.stringify(data), at, onlySiteId]);
  return Number(inserted.rows[0]?.seq);
}

const insertChange = statement<{ seq: string }>(
  'change_log_insert',
  `INSERT INTO change_log (collectivity_id, entity, key, data, at, site_id) VALUES ($1::uuid, $2::text, $3::text, $4::jsonb, $5::timestamptz, $6::uuid)
   RETURNING seq`,
);

/**
 * SQL that logs the pass rows of `source` (columns number, carnet_number, lot_id, position, state, site_id) as
 * `pass` changes (PullData.pass), in carnet order. Parameters: $1 = collectivity id, $2 = the hub's time (ISO text).
 */
export function logPassChangesSql(source: string): string {
  return `INSERT INTO change_log (collectivity_id, entity, key, data, at)
    SELECT $1::uuid, 'pass', number,
      jsonb_build_object('number', number, 'carnetNumber', carnet_number, 'lotId', lot_id, 'state', state, 'siteId', site_id, 'at', $2::text),
      $2::text::timestamptz
    FROM ${source} ORDER BY carnet_number, position`;
}
