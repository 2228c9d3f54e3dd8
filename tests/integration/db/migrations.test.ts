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

  it('0003 adds beneficiaries with their search tokens and nom variants, bilans and the needs grid', () => {
    const { db } = openTestDatabase();
    const tables = db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['beneficiary', 'beneficiary_token', 'beneficiary_nom_variant', 'beneficiary_merge', 'bilan', 'needs_grid']));
    const now = clock().toISOString();
    db.sqlite
      .prepare(`INSERT INTO beneficiary (id, nom, prenom, nom_key, prenom_key, created_at, updated_at) VALUES ('b1', 'Dupont', 'Marie', 'dupont', 'marie', ?, ?)`)
      .run(now, now);
    const row = db.sqlite.prepare('SELECT genre, qpv, language, no_phone, priority_criteria FROM beneficiary').get();
    expect(row).toEqual({ genre: 'non-communique', qpv: 'ne-sait-pas', language: 'fr', no_phone: 0, priority_criteria: '[]' });
    db.sqlite.prepare(`INSERT INTO beneficiary_token (token, beneficiary_id, words) VALUES ('dupont', 'b1', ' dupont marie ')`).run();
    expect(() => db.sqlite.prepare(`INSERT INTO beneficiary_token (token, beneficiary_id, words) VALUES ('x', 'missing', ' x ')`).run()).toThrow(/FOREIGN KEY/);
    const plan = db.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT beneficiary_id FROM beneficiary_token WHERE token >= 'du' AND token < 'dv' ORDER BY token`)
      .all() as Array<{ detail: string }>;
    // WITHOUT ROWID: the range is a scan of the table's own key, in order.
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING PRIMARY KEY \(token>\? AND token<\?\)/);
    expect(plan.map((step) => step.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});

