import { randomBytes } from 'node:crypto';
import { getSetting, setSetting } from '../../../db/repositories/setting.repo';
import type { GuichetDatabase } from '../../../db/types';
import { DEFAULT_PROVISIONAL_MAX_DAYS } from '../../common/sync/provisional-policy';

/** The desk's sync state, kept in the encrypted database's settings (so that a backup carries it). */
export const SYNC_KEYS = {
  hub: 'sync.hub',
  epoch: 'sync.epoch',
  pullCursor: 'sync.pull-cursor',
  lastPushAt: 'sync.last-push-at',
  lastPullAt: 'sync.last-pull-at',
  lastError: 'sync.last-error',
  revokedAt: 'sync.revoked-at',
  pseudonymKey: 'sync.pseudonym-key',
  clockSkewMs: 'sync.clock-skew-ms',
  provisionalMaxDays: 'sync.provisional-max-days',
} as const;

/** The hub this desk is enrolled with (its credential is kept apart, see credential-store.ts). */
export interface HubLink {
  url: string;
  deskId: string;
  collectivityId: string;
  collectivityName: string;
  /** This desk's site at the hub (its own site id). */
  siteId: string;
  siteName: string;
  enrolledAt: string;
}

export interface SyncError {
  message: string;
  at: string;
}

export function hubLink(db: GuichetDatabase): HubLink | null {
  return getSetting<HubLink>(db, SYNC_KEYS.hub) ?? null;
}

export function pullCursor(db: GuichetDatabase): number {
  return getSetting<number>(db, SYNC_KEYS.pullCursor) ?? 0;
}

export function syncInstant(db: GuichetDatabase, key: typeof SYNC_KEYS.lastPushAt | typeof SYNC_KEYS.lastPullAt | typeof SYNC_KEYS.revokedAt): string | null {
  return getSetting<string>(db, key) ?? null;
}

export function lastSyncError(db: GuichetDatabase): SyncError | null {
  return getSetting<SyncError | null>(db, SYNC_KEYS.lastError) ?? null;
}

/** The site's policy for passes « à confirmer » (electron/common/sync/provisional-policy.ts). */
export function provisionalMaxDays(db: GuichetDatabase): number {
  return getSetting<number>(db, SYNC_KEYS.provisionalMaxDays) ?? DEFAULT_PROVISIONAL_MAX_DAYS;
}

export function clockSkewMs(db: GuichetDatabase): number {
  return getSetting<number>(db, SYNC_KEYS.clockSkewMs) ?? 0;
}

export function saveSyncSetting(db: GuichetDatabase, key: (typeof SYNC_KEYS)[keyof typeof SYNC_KEYS], value: unknown, now: Date): void {
  setSetting(db, key, value, now.toISOString());
}

/** The desk's pseudonymisation key: made once, kept in the encrypted database, never uploaded. */
export function pseudonymKey(db: GuichetDatabase, now: Date): Buffer {
  const stored = getSetting<string>(db, SYNC_KEYS.pseudonymKey);
  if (stored) return Buffer.from(stored, 'hex');
  const key = randomBytes(32);
  saveSyncSetting(db, SYNC_KEYS.pseudonymKey, key.toString('hex'), now);
  return key;
}
