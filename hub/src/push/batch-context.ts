import type pg from 'pg';
import type { OpResult, WireOp } from '../../../electron/common/sync/protocol';

/** The desk that pushes, as authenticated. */
export interface DeskIdentity {
  id: string;
  collectivityId: string;
  siteId: string;
}

/** A statistics operation, inserted in bulk at the end of the batch (it changes nothing the other ops read). */
export interface StatRow {
  opId: string;
  type: string;
  key: string;
  payload: unknown;
  deskAt: string;
}

/** What every operation of one push transaction shares. */
export interface BatchContext {
  client: pg.PoolClient;
  desk: DeskIdentity;
  /** The hub's time for the whole batch (the injected clock), and its ISO form for the pulled data. */
  now: Date;
  nowIso: string;
  stats: StatRow[];
}

/** Applies one validated operation. A `retry_later` answer must be decided before anything is written. */
export type OpHandler = (batch: BatchContext, op: WireOp, payload: never) => Promise<OpResult>;
