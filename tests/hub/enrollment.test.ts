import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrollResponse, HubErrorBody } from '../../electron/common/sync/protocol';
import { createEnrollmentCode, revokeDesk } from '../../hub/src/admin/administration';
import { sha256Hex } from '../../hub/src/credentials';
import { HEADERS, buildTestHub, count, deskHeaders, enroll, newCollectivity, newSite, openHubDatabase, pull } from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let collectivityId: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  collectivityId = await newCollectivity(pool);
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

async function enrollWith(code: string, site = newSite('Médiathèque Jean Macé')) {
  return hub.app.inject({ method: 'POST', url: '/v1/enroll', headers: HEADERS, payload: { code, site, appVersion: '0.1.0' } });
}

function expectError(response: { statusCode: number; json: () => unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = HubErrorBody.parse(response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[a-zé]/); // a French sentence, not an empty string
  return body;
}

describe('enrollment', () => {
  it('gives a credential once per code, registers the site and keeps only hashes', async () => {
    const { code } = await createEnrollmentCode(pool, collectivityId, 7, hub.clock());
    expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    const site = newSite('CCAS de Villeurbanne', 'ccas');
    const response = await enrollWith(code.toLowerCase().replaceAll('-', ' '), site);
    expect(response.statusCode).toBe(200);
    const body = EnrollResponse.parse(response.json());
    expect(body.collectivity).toEqual({ id: collectivityId, name: 'Métropole de Lyon' });
    expect(body.site).toEqual(site);
    expect(body.credential.startsWith(`${body.deskId}.`)).toBe(true);

    const secret = body.credential.slice(body.deskId.length + 1);
    const stored = await pool.query('SELECT secret_hash, site_id FROM desk WHERE id = $1', [body.deskId]);
    expect(stored.rows[0]).toEqual({ secret_hash: sha256Hex(secret), site_id: site.id });
    expect(await count(pool, 'enrollment_code WHERE code_hash = $1 AND used_by_desk = $2', [sha256Hex(code.replaceAll('-', '')), body.deskId])).toBe(1);
    expect(await count(pool, "site WHERE id = $1 AND collectivity_id = $2 AND name = 'CCAS de Villeurbanne'", [site.id, collectivityId])).toBe(1);

    // The site is in the change log: every desk of the collectivity pulls it.
    const changes = await pull(hub.app, { credential: body.credential } as never);
    expect(changes.changes.filter((change) => change.entity === 'site').map((change) => change.data)).toContainEqual(site);

    expectError(await enrollWith(code), 403, 'enrollment_refused');
  });

  it('refuses unknown and expired codes', async () => {
    expectError(await enrollWith('AAAA-BBBB-CCCC-DDDD'), 403, 'enrollment_refused');
    const { code } = await createEnrollmentCode(pool, collectivityId, 1, hub.clock());
    hub.clock.advance(24 * 60 * 60 * 1000 + 1);
    const body = expectError(await enrollWith(code), 403, 'enrollment_refused');
    expect(body.error.message).toContain('expiré');
  });

  it('refuses a malformed request and a desk of another protocol version', async () => {
    const { code } = await createEnrollmentCode(pool, collectivityId, 7, hub.clock());
    const malformed = await hub.app.inject({ method: 'POST', url: '/v1/enroll', headers: HEADERS, payload: { code, appVersion: '0.1.0' } });
    expectError(malformed, 400, 'invalid_request');
    const newer = await hub.app.inject({
      method: 'POST', url: '/v1/enroll', headers: { 'guichet-protocol': '2' }, payload: { code, site: newSite('Médiathèque'), appVersion: '9.0.0' },
    });
    expectError(newer, 426, 'upgrade_required');
    expect((await enrollWith(code)).statusCode).toBe(200); // the code was not used by the refused attempts
  });

  it('answers 401 to a wrong or missing credential and 403 to a revoked desk', async () => {
    const desk = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque du Bachut'));
    expect((await hub.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0', headers: deskHeaders(desk) })).statusCode).toBe(200);

    const wrongSecret = { credential: `${desk.deskId}.${'A'.repeat(43)}` };
    expectError(await hub.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0', headers: deskHeaders(wrongSecret) }), 401, 'unauthorized');
    expectError(await hub.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0', headers: HEADERS }), 401, 'unauthorized');
    const unknownDesk = { credential: `00000000-0000-4000-8000-000000000000.${desk.credential.split('.')[1]}` };
    expectError(await hub.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0', headers: deskHeaders(unknownDesk) }), 401, 'unauthorized');

    // Checked when the request arrives: the body of an unknown sender is never parsed.
    const anonymous = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...HEADERS, 'content-type': 'application/json' }, payload: '{not json' });
    expectError(anonymous, 401, 'unauthorized');

    expect(await revokeDesk(pool, desk.deskId, hub.clock())).toBe(true);
    const revoked = expectError(await hub.app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0', headers: deskHeaders(desk) }), 403, 'desk_revoked');
    expect(revoked.error.message).toContain('retiré du hub');
    const pushed = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: deskHeaders(desk), payload: {} });
    expectError(pushed, 403, 'desk_revoked');
  });

  it('records when a desk was last seen and answers /health', async () => {
    const desk = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque Lacassagne'));
    hub.clock.advance(60_000);
    await pull(hub.app, desk);
    const seen = await pool.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM desk WHERE id = $1', [desk.deskId]);
    expect(seen.rows[0]?.last_seen_at.toISOString()).toBe(hub.clock().toISOString());
    expect((await hub.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ ok: true });
    expectError(await hub.app.inject({ method: 'GET', url: '/v1/nowhere' }), 404, 'invalid_request');
  });
});
