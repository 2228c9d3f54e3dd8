import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHub } from '../../hub/src/app';
import { createReaderToken } from '../../hub/src/figures/readers';
import { activity, facts, pid, pushAll } from './figures-fixtures';
import { enroll, newCollectivity, newSite, op, openHubDatabase, testClock } from './hub-fixtures';

/** People counted once per (site, pseudonym) with their latest facts; the threshold option; stale sites. */
let pool: pg.Pool;

beforeAll(async () => {
  pool = await openHubDatabase();
});
afterAll(async () => {
  await pool.end();
});

async function setUp(threshold?: number) {
  const clock = testClock();
  const app = buildHub({ pool, clock, ...(threshold ? { figures: { smallCellThreshold: threshold } } : {}) });
  const collectivityId = await newCollectivity(pool, 'Communauté de communes');
  const desk = await enroll(app, pool, collectivityId, newSite('Espace numérique'));
  const { token } = await createReaderToken(pool, collectivityId, 'Lecteur', new Date());
  const csv = async (app2: FastifyInstance = app) =>
    (await app2.inject({ method: 'GET', url: '/figures.csv?periode=mois', headers: { authorization: `Bearer ${token}` } })).body.slice(1).split('\r\n');
  return { app, clock, desk, token, csv };
}

describe('the people reached', () => {
  it('counts a merged pseudonym as its survivor, with the latest facts of each person', async () => {
    const { app, desk, csv } = await setUp();
    const people = [0, 1, 2, 3, 4, 5, 6].map((n) => pid('P', n));
    await pushAll(app, desk, [
      ...people.map((person) => op(desk, 'beneficiary.created', person, facts({ genre: 'masculin' }))),
      // P0 said later that she is a woman; P6 was a duplicate of P1.
      op(desk, 'beneficiary.updated', people[0]!, facts({ genre: 'feminin' }), { createdAt: '2026-03-02T11:00:00.000+01:00' }),
      op(desk, 'beneficiary.merged', people[6]!, { survivor: people[1]!, movedBilans: 0, movedCarnets: 0 }, { createdAt: '2026-03-02T11:00:00.000+01:00' }),
      activity(desk, { type: 'collectif', date: '2026-03-02', durationMin: 60, themes: [], participants: people }),
    ]);
    const lines = await csv();
    expect(lines).toContain('Personnes;Personnes différentes;6;6');
    expect(lines).toContain('Activités;Participations;7;7');
    expect(lines).toContain('Genre;Féminin;< 5;< 5');
    expect(lines).toContain('Genre;Masculin;< 5;< 5');
    expect(lines).toContain('Genre;Total;6;6');
    await app.close();
  });

  it('masks under the threshold chosen at start (--small-cell-threshold)', async () => {
    const { app, desk, csv } = await setUp(10);
    const people = [0, 1, 2, 3, 4, 5].map((n) => pid('R', n));
    await pushAll(app, desk, [
      ...people.map((person) => op(desk, 'beneficiary.created', person, facts())),
      activity(desk, { type: 'individuel', date: '2026-03-03', durationMin: 30, themes: [], participants: people }),
    ]);
    const lines = await csv();
    expect(lines).toContain('Personnes;Personnes différentes;< 10;< 10');
    expect(lines).toContain('Effectifs masqués;moins de 10 personnes (« < 10 »)');
    await app.close();
  });

  it('flags a site that has sent nothing for more than 7 days', async () => {
    const { app, clock, desk, token } = await setUp();
    await pushAll(app, desk, [op(desk, 'beneficiary.created', pid('S', 0), facts())]);
    const read = async () =>
      (await app.inject({ method: 'GET', url: '/figures', headers: { authorization: `Bearer ${token}` } })).body.replace(/[\u00a0\u202f]/g, ' ');
    expect(await read()).not.toContain('plus de 7 jours');
    clock.advance(8 * 24 * 60 * 60 * 1000);
    const page = await read();
    expect(page).toContain('1 lieu sans envoi depuis plus de 7 jours : leurs chiffres peuvent être incomplets.');
    expect(page).toMatch(/<th scope="row">Espace numérique<\/th><td class="text stale">02\/03\/2026 10:00 — plus de 7 jours<\/td>/);
    await app.close();
  });
});
