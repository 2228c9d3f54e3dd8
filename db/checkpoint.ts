import type { GuichetDatabase } from './types';

/**
 * WAL checkpoints off the request path. SQLite's automatic checkpoint (every 1,000 WAL pages) runs inside
 * whichever commit crosses the limit, making that one request slow (a registration touches ~30 pages, so about
 * one in thirty paid ~20-150 ms). Here the automatic limit is raised to a safety net and a passive checkpoint
 * runs on a timer, between requests.
 */
export const SAFETY_AUTOCHECKPOINT_PAGES = 20_000;
export const CHECKPOINT_INTERVAL_MS = 2_000;

/** Copies committed WAL pages into the database file if there are any. Returns the pages checkpointed. */
export function checkpointNow(db: GuichetDatabase): number {
  const [row] = db.sqlite.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  return row?.checkpointed ?? 0;
}

export interface CheckpointTimer {
  stop(): void;
}

export function startBackgroundCheckpoints(db: GuichetDatabase, intervalMs = CHECKPOINT_INTERVAL_MS, onError?: (error: unknown) => void): CheckpointTimer {
  db.sqlite.pragma(`wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
  const timer = setInterval(() => {
    try {
      checkpointNow(db);
    } catch (error) {
      onError?.(error);
    }
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
