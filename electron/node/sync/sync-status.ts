import type { SyncState, SyncStatusDto } from '../../common/contract';
import { outboxCounts } from '../../../db/repositories/sync.repo';
import { countOpenSyncReviews } from '../../../db/repositories/sync-review.repo';
import type { GuichetDatabase } from '../../../db/types';
import type { HubFailureKind } from './hub-client';
import { clockSkewMs, hubLink, lastSyncError, provisionalMaxDays, SYNC_KEYS, syncInstant } from './sync-settings';

/** Beyond this difference with the hub's clock, the desk says so (the hub never relies on desk clocks). */
const CLOCK_WARNING_MS = 5 * 60_000;

export interface LiveSyncFacts {
  running: boolean;
  nextAttemptAt: Date | null;
  lastFailure: HubFailureKind | null;
}

/** What the sync screen and the status bar show, from the database and the scheduler's live facts. */
export function syncStatus(db: GuichetDatabase, live: LiveSyncFacts): SyncStatusDto {
  const link = hubLink(db);
  const counts = outboxCounts(db);
  const lastPushAt = syncInstant(db, SYNC_KEYS.lastPushAt);
  const lastError = lastSyncError(db);
  return {
    state: stateOf(link !== null, syncInstant(db, SYNC_KEYS.revokedAt) !== null, live),
    hub: link ? { url: link.url, deskId: link.deskId, collectivityName: link.collectivityName, siteName: link.siteName, enrolledAt: link.enrolledAt } : null,
    lastPushAt,
    lastPullAt: syncInstant(db, SYNC_KEYS.lastPullAt),
    pending: counts.pending,
    waitingRetry: counts.waitingRetry,
    needsUpgrade: counts.needsUpgrade,
    toReview: countOpenSyncReviews(db),
    lastError,
    nextAttemptAt: live.nextAttemptAt?.toISOString() ?? null,
    clockWarning: link ? clockWarning(clockSkewMs(db)) : null,
    provisionalMaxDays: provisionalMaxDays(db),
  };
}

function stateOf(linked: boolean, revoked: boolean, live: LiveSyncFacts): SyncState {
  if (!linked) return 'not-configured';
  if (revoked) return 'revoked';
  if (live.running) return 'syncing';
  if (live.lastFailure === 'offline' || live.lastFailure === 'timeout') return 'offline';
  if (live.lastFailure !== null) return 'failing';
  return 'idle';
}

/** A French sentence when this desk's clock is off by more than five minutes, else null. */
export function clockWarning(skewMs: number): string | null {
  if (Math.abs(skewMs) < CLOCK_WARNING_MS) return null;
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  const amount = minutes >= 2 * 1440 ? `${Math.round(minutes / 1440)} jours` : minutes >= 120 ? `${Math.round(minutes / 60)} heures` : `${minutes} minutes`;
  const direction = skewMs > 0 ? 'en avance' : 'en retard';
  return `L’horloge de ce poste est ${direction} de ${amount} sur celle du hub : faites-la corriger. Les passages restent départagés par le hub, dans l’ordre d’arrivée.`;
}
