import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newId } from '../../common/domain/ids';
import { getSetting } from '../../../db/repositories/setting.repo';
import { outboxCounts } from '../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../db/types';
import { saveSyncSetting, SYNC_KEYS } from './sync-settings';

/**
 * The upload's epoch: a new one after every restore from backup or reinstall (research/reliability.md §1.3,
 * step 6), so that the hub tells the operations of the restored desk from those of the lost one.
 *
 * The database cannot know it was restored, so a marker file beside it (outside the backups) holds the epoch and
 * the highest outbox seq ever sent. A database whose epoch differs from the marker's, or whose outbox is behind the
 * marker's seq, went back in time: it gets a new epoch.
 */
export const EPOCH_MARKER_FILE = 'sync-epoch.json';

interface Marker {
  epoch: string;
  sentSeq: number;
}

export interface EpochCheck {
  epoch: string;
  /** Why a new epoch was made, in French, for the log; null when the epoch goes on. */
  renewed: string | null;
}

export function ensureEpoch(db: GuichetDatabase, dataDir: string, now: Date): EpochCheck {
  const file = path.join(dataDir, EPOCH_MARKER_FILE);
  const stored = getSetting<string>(db, SYNC_KEYS.epoch);
  const marker = readMarker(file);
  const { maxSeq } = outboxCounts(db);
  let renewed: string | null = null;
  if (stored && !marker) renewed = 'base de données venue d’une autre installation ou d’une sauvegarde';
  else if (stored && marker && marker.epoch !== stored) renewed = 'base de données restaurée depuis une sauvegarde';
  else if (stored && marker && marker.sentSeq > maxSeq) renewed = 'base de données revenue en arrière (sauvegarde restaurée)';
  const epoch = stored && renewed === null ? stored : newId();
  if (epoch !== stored) saveSyncSetting(db, SYNC_KEYS.epoch, epoch, now);
  writeMarker(file, { epoch, sentSeq: renewed === null && marker ? marker.sentSeq : 0 });
  return { epoch, renewed: stored ? renewed : null };
}

/** Before operations up to `seq` are sent: the marker moves first, so the hub never saw more than it says. */
export function markSent(dataDir: string, epoch: string, seq: number): void {
  const file = path.join(dataDir, EPOCH_MARKER_FILE);
  const marker = readMarker(file);
  if (marker && marker.epoch === epoch && marker.sentSeq >= seq) return;
  writeMarker(file, { epoch, sentSeq: seq });
}

function readMarker(file: string): Marker | null {
  if (!existsSync(file)) return null;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Marker>;
    return typeof value.epoch === 'string' && typeof value.sentSeq === 'number' ? { epoch: value.epoch, sentSeq: value.sentSeq } : null;
  } catch {
    return null;
  }
}

function writeMarker(file: string, marker: Marker): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(marker), { mode: 0o600 });
  renameSync(temporary, file);
}
