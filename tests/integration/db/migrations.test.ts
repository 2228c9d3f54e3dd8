import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../db/change';
import { MIGRATIONS_FOLDER } from '../../support/test-backend';
import { openTestDatabase } from '../../support/test-database';

const clock = () => new Date('2026-11-22T09:00:00.000Z');

describe('migrations', () => {
  it('are all applied to a new database, in journal order', () => {
    const { db } = openTestDatabase();
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ when: number }> };
    const applied = db.sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY id').all() as Array<{ created_at: number }>;
    expect(applied.map((row) => Number(row.created_at))).toEqual(journal.entries.map((entry) => entry.when));
    const tables = db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['agent', 'audit', 'outbox', 'setting', 'site']));
    db.close();
  });

  it('0001 makes the audit journal append-only: no update, no delete', () => {
    const { db } = openTestDatabase();
    recordAudit(db, clock, { actorId: null, action: 'test.event' });
    expect(() => db.sqlite.prepare(`UPDATE audit SET action = 'forged'`).run()).toThrow(/append-only/);
    expect(() => db.sqlite.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(db.sqlite.prepare('SELECT action FROM audit').pluck().all()).toEqual(['test.event']);
    db.close();
  });
});
