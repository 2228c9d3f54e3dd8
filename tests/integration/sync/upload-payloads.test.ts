import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import type { GuichetDatabase } from '../../../db/types';
import { pseudonymOf } from '../../../electron/node/sync/pseudonym';
import { toWireOp, type OutboxRow } from '../../../electron/node/sync/serializers';
import { MIGRATIONS_FOLDER } from '../../support/test-backend';
import { startReportsEnv, type ReportsEnv } from '../reports/reports-env';

let env: ReportsEnv;
let db: GuichetDatabase;

beforeAll(async () => {
  env = await startReportsEnv();
  // The reports' day: three people registered, carnets handed out, sessions held, closed and cancelled, the day closed.
  await env.at('2026-06-15T18:30:00Z');
  await env.mediateur.call('workshops.close', { id: env.morning.id });
  await env.mediateur.call('workshops.close', { id: env.afternoon.id });
  await env.referent.call('reports.close-day', { date: '2026-06-15' });
  db = openDatabase({ file: path.join(env.env.dataDir, 'guichet.db'), key: env.env.key, migrationsFolder: MIGRATIONS_FOLDER });
});

afterAll(async () => {
  db.close();
  await env.close();
});

describe('the upload of a real day of work (S11)', () => {
  it('every operation the desk wrote goes through its serializer, and none names anybody', () => {
    const rows = db.sqlite
      .prepare(`SELECT seq, op_id AS opId, entity, entity_id AS entityId, operation, payload, created_at AS createdAt, actor_id AS actorId FROM outbox ORDER BY seq`)
      .all() as OutboxRow[];
    const key = Buffer.alloc(32, 3);
    const wire = rows.map((row) => toWireOp(row, (id) => pseudonymOf(key, id)));
    const types = new Set(wire.map((op) => op.type));
    for (const expected of ['site.created', 'issuer.saved', 'lot.created', 'carnets.received', 'carnet.distributed', 'beneficiary.created', 'booking.signed-in', 'pass.redeemed', 'workshop.created', 'workshop.closed', 'activity.recorded', 'day.closed']) {
      expect(types, expected).toContain(expected);
    }
    const text = JSON.stringify(wire);
    for (const name of ['Benyamina', 'Zoé', 'Durand', 'Marc', 'Haddad', 'Lina']) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    const people = db.sqlite.prepare(`SELECT id, phone, email FROM beneficiary`).all() as Array<{ id: string; phone: string | null; email: string | null }>;
    for (const person of people) {
      expect(text).not.toContain(person.id);
      for (const value of [person.phone, person.email]) if (value) expect(text).not.toContain(value);
    }
    // Every operation names the account that acted, as an id.
    expect(wire.filter((op) => op.type === 'pass.redeemed').every((op) => op.agentId !== null)).toBe(true);
  });
});
