import { describe, expect, it } from 'vitest';
import { writeChange } from '../../../db/change';
import { checkpointNow, SAFETY_AUTOCHECKPOINT_PAGES, startBackgroundCheckpoints } from '../../../db/checkpoint';
import { setSetting } from '../../../db/repositories/setting.repo';
import { openTestDatabase } from '../../support/test-database';

const clock = () => new Date('2026-11-22T09:00:00.000Z');

describe('background checkpoints', () => {
  it('raise the automatic limit to a safety net and copy the WAL on demand', () => {
    const { db } = openTestDatabase();
    const timer = startBackgroundCheckpoints(db, 60_000);
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_AUTOCHECKPOINT_PAGES);
    writeChange(db, clock, (tx) => {
      setSetting(tx, 'k', 1, clock().toISOString());
      return { result: null, audit: { actorId: null, action: 'test.write' } };
    });
    expect(checkpointNow(db)).toBeGreaterThan(0);
    timer.stop();
    db.close();
  });
});
