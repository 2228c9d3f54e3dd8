import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReaderToken, revokeReader } from '../../hub/src/figures/readers';
import { seedMetropole } from './figures-fixtures';
import { buildTestHub, count, newCollectivity, openHubDatabase, type TestDesk } from './hub-fixtures';

/** Who may read the figures: a reader's token (header or login form), never a desk, never a revoked reader. */
let pool: pg.Pool;
let app: FastifyInstance;
let seeded: { reader: { id: string; token: string }; ccas: TestDesk };

beforeAll(async () => {
  pool = await openHubDatabase();
  app = buildTestHub(pool).app;
  seeded = await seedMetropole(app, pool);
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

const page = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/figures', headers });
const login = (jeton: string) =>
  app.inject({ method: 'POST', url: '/figures/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ jeton }).toString() });

describe('access to the figures', () => {
  it('asks for a token: 401 with the login form, no figures', async () => {
    const response = await page();
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('<label for="jeton">Jeton de lecture</label>');
    expect(response.body).not.toContain('Métropole de Lyon');
    expect((await app.inject({ method: 'GET', url: '/figures.csv' })).statusCode).toBe(401);
  });

  it('keeps only the token’s sha256', async () => {
    expect(await count(pool, 'figures_reader WHERE token_hash = $1', [seeded.reader.token])).toBe(0);
    expect(await count(pool, 'figures_reader WHERE id = $1', [seeded.reader.id])).toBe(1);
  });

  it('opens a session from the login form: HttpOnly, SameSite=Strict cookie without the token', async () => {
    const response = await login(seeded.reader.token);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/figures');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(seeded.reader.token);
    const session = cookie.split(';')[0]!;
    const withCookie = await page({ cookie: session });
    expect(withCookie.statusCode).toBe(200);
    expect(withCookie.body).toContain('Métropole de Lyon');
    // A cookie altered by hand is not a session.
    expect((await page({ cookie: `${session.slice(0, -2)}xx` })).statusCode).toBe(401);
  });

  it('marks the cookie Secure behind a TLS reverse proxy on the same machine', async () => {
    const response = await app.inject({
      method: 'POST', url: '/figures/login', payload: new URLSearchParams({ jeton: seeded.reader.token }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' },
    });
    expect(String(response.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('refuses a desk’s credential, as a header or in the form', async () => {
    const response = await page({ authorization: `Bearer ${seeded.ccas.credential}` });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('Jeton refusé');
    expect((await login(seeded.ccas.credential)).statusCode).toBe(401);
  });

  it('shows a reader only its own collectivity', async () => {
    const other = await createReaderToken(pool, await newCollectivity(pool, 'Commune voisine'), 'Voisins', new Date());
    const response = await page({ authorization: `Bearer ${other.token}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Commune voisine');
    expect(response.body).not.toContain('CCAS de Villeurbanne');
  });

  it('refuses a revoked token and its open sessions', async () => {
    const reader = await createReaderToken(pool, (await pool.query<{ id: string }>("SELECT id FROM collectivity WHERE name = 'Métropole de Lyon'")).rows[0]!.id, 'Temporaire', new Date());
    const session = String((await login(reader.token)).headers['set-cookie']).split(';')[0]!;
    expect((await page({ authorization: `Bearer ${reader.token}` })).statusCode).toBe(200);
    expect(await revokeReader(pool, reader.id, new Date())).toBe(true);
    const refused = await page({ authorization: `Bearer ${reader.token}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('Jeton refusé');
    expect((await page({ cookie: session })).statusCode).toBe(401);
    expect((await login(reader.token)).statusCode).toBe(401);
  });

  it('serves its stylesheet itself, under a strict content security policy', async () => {
    const css = await app.inject({ method: 'GET', url: '/figures.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain(':focus-visible');
    const response = await page({ authorization: `Bearer ${seeded.reader.token}` });
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
