import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../db/audit';
import { recordAudit, writeChange } from '../../../db/change';
import { outboxCounts } from '../../../db/repositories/sync.repo';
import { getSetting, setSetting } from '../../../db/repositories/setting.repo';
import { openTestDatabase } from '../../support/test-database';

const clock = () => new Date('2026-11-22T09:00:00.000Z');

describe('writeChange', () => {
  it('commits the domain row, its outbox row and its audit row together', () => {
    const { db } = openTestDatabase();
    const result = writeChange(db, clock, (tx) => {
      setSetting(tx, 'desk.label', 'Guichet 2', clock().toISOString());
      return {
        result: 'done',
        audit: { actorId: 'agent-1', action: 'setting.changed', targetType: 'setting', targetId: 'desk.label' },
        outbox: { entity: 'setting', entityId: 'desk.label', operation: 'setting.changed', payload: { key: 'desk.label' } },
      };
    });
    expect(result).toBe('done');
    expect(getSetting(db, 'desk.label')).toBe('Guichet 2');
    expect(outboxCounts(db).pending).toBe(1);
    const outbox = db.sqlite.prepare('SELECT op_id, operation, payload, state FROM outbox').get() as Record<string, string>;
    expect(outbox).toMatchObject({ operation: 'setting.changed', payload: '{"key":"desk.label"}', state: 'pending' });
    expect(outbox.op_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(db.sqlite.prepare('SELECT action, actor_id FROM audit').all()).toEqual([{ action: 'setting.changed', actor_id: 'agent-1' }]);
    db.close();
  });

  it('writes nothing at all when the work fails half-way', () => {
    const { db } = openTestDatabase();
    expect(() =>
      writeChange(db, clock, (tx) => {
        setSetting(tx, 'desk.label', 'Guichet 2', clock().toISOString());
        throw new Error('refused by a rule');
      }),
    ).toThrow('refused by a rule');
    expect(getSetting(db, 'desk.label')).toBeUndefined();
    expect(outboxCounts(db).pending).toBe(0);
    expect(db.sqlite.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(0);
    db.close();
  });

  it('holds the write lock from the start (IMMEDIATE): another connection cannot slip a write in', () => {
    const { db, file, key } = openTestDatabase();
    const other = new Database(file);
    other.pragma(`cipher = 'chacha20'`);
    other.pragma(`key = "x'${key.toString('hex')}'"`);
    other.pragma('busy_timeout = 0');
    let otherWrite: unknown = 'not tried';
    writeChange(db, clock, () => {
      // Nothing written yet by this transaction: only BEGIN IMMEDIATE already holds the write lock here.
      try {
        other.prepare(`INSERT INTO setting (key, value, updated_at) VALUES ('x', '1', 'now')`).run();
        otherWrite = 'succeeded';
      } catch (error) {
        otherWrite = (error as { code?: string }).code;
      }
      return { result: null, audit: { actorId: null, action: 'probe' } };
    });
    expect(otherWrite).toBe('SQLITE_BUSY');
    other.close();
    db.close();
  });
});

describe('audit chain', () => {
  it('verifies an intact chain and finds the first row altered behind the triggers', () => {
    const { db } = openTestDatabase();
    for (let i = 0; i < 5; i += 1) recordAudit(db, clock, { actorId: 'agent-1', action: 'auth.login', details: { n: i } });
    expect(verifyAuditChain(db.sqlite)).toEqual({ ok: true, rows: 5, firstBrokenSeq: null });

    db.sqlite.exec('DROP TRIGGER audit_no_update');
    db.sqlite.prepare(`UPDATE audit SET actor_id = 'someone-else' WHERE seq = 3`).run();
    expect(verifyAuditChain(db.sqlite)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    db.close();
  });

  it('detects a removed row', () => {
    const { db } = openTestDatabase();
    for (let i = 0; i < 4; i += 1) recordAudit(db, clock, { actorId: null, action: 'access.denied', details: { n: i } });
    db.sqlite.exec('DROP TRIGGER audit_no_delete');
    db.sqlite.prepare('DELETE FROM audit WHERE seq = 2').run();
    expect(verifyAuditChain(db.sqlite)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    db.close();
  });
});
