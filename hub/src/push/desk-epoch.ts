import { statement, type Queryable } from '../database';

/**
 * Per (desk, epoch): the first, highest and highest contiguous seq the hub holds (processed or deferred). An
 * operation answered `retry_later` is not held: it is a gap until the desk sends it again.
 */

/** Records the batch's seqs; when the batch starts below the epoch's first seq, contiguity is counted again from it. */
const upsertEpoch = statement<{ contiguous_seq: number; max_seq: number }>(
  'desk_epoch_upsert',
  `INSERT INTO desk_epoch (desk_id, epoch, first_seq, contiguous_seq, max_seq, started_at, last_at)
   VALUES ($1::uuid, $2::uuid, $3::int, $3::int - 1, $4::int, $5::timestamptz, $5::timestamptz)
   ON CONFLICT (desk_id, epoch) DO UPDATE SET
     contiguous_seq = CASE WHEN EXCLUDED.first_seq < desk_epoch.first_seq THEN EXCLUDED.first_seq - 1 ELSE desk_epoch.contiguous_seq END,
     first_seq = least(desk_epoch.first_seq, EXCLUDED.first_seq),
     max_seq = greatest(desk_epoch.max_seq, EXCLUDED.max_seq),
     last_at = EXCLUDED.last_at
   RETURNING contiguous_seq, max_seq`,
);

/** Walks up from the contiguous seq while the next seq is held, and saves where it stopped. */
const advanceContiguous = statement(
  'desk_epoch_advance',
  `WITH RECURSIVE walk(s) AS (
     SELECT $3::int
     UNION ALL
     SELECT s + 1 FROM walk
     WHERE s < $4::int AND (
       EXISTS (SELECT 1 FROM processed_op WHERE desk_id = $1::uuid AND epoch = $2::uuid AND seq = s + 1)
       OR EXISTS (SELECT 1 FROM deferred_op WHERE desk_id = $1::uuid AND epoch = $2::uuid AND seq = s + 1))
   )
   UPDATE desk_epoch SET contiguous_seq = (SELECT max(s) FROM walk) WHERE desk_id = $1::uuid AND epoch = $2::uuid`,
);

export async function recordDeskSequence(db: Queryable, deskId: string, epoch: string, seqs: readonly number[], now: Date): Promise<void> {
  if (seqs.length === 0) return;
  const low = Math.min(...seqs);
  const high = Math.max(...seqs);
  const saved = (await upsertEpoch(db, [deskId, epoch, low, high, now])).rows[0];
  if (saved && saved.contiguous_seq < saved.max_seq) await advanceContiguous(db, [deskId, epoch, saved.contiguous_seq, saved.max_seq]);
}
