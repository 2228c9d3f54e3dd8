import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIATHEQUE, SERVICE_NAME, seedMetropole } from './figures-fixtures';
import { buildTestHub, openHubDatabase } from './hub-fixtures';

/**
 * The Métropole's figures page and CSV over two sites (figures-fixtures.ts): exact totals per site, small cells
 * masked with their secondary cells, the period filter on Paris days, escaping.
 */
let pool: pg.Pool;
let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  app = buildTestHub(pool).app;
  token = (await seedMetropole(app, pool)).reader.token;
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

const MARCH = 'periode=dates&du=2026-03-01&au=2026-03-31';
const FEBRUARY = 'periode=dates&du=2026-02-01&au=2026-02-28';

async function get(url: string) {
  const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  // Intl's French spacing (narrow no-break spaces) read as plain spaces.
  return { status: response.statusCode, headers: response.headers, body: response.body.replace(/[\u00a0\u202f]/g, ' ') };
}

async function csvLines(query: string): Promise<string[]> {
  const response = await get(`/figures.csv?${query}`);
  expect(response.status).toBe(200);
  expect(response.body.startsWith('\uFEFF')).toBe(true);
  return response.body.slice(1).split('\r\n');
}

const SITES = `CCAS de Villeurbanne;${MEDIATHEQUE};Total`;

describe('the figures across sites', () => {
  it('shows the passes, carnets, conflicts and activities of each site and in total (CSV)', async () => {
    const lines = await csvLines(MARCH);
    expect(lines).toContain('Collectivité;Métropole de Lyon');
    expect(lines).toContain('Période;du 01/03/2026 au 31/03/2026');
    expect(lines).toContain(`Pass;Indicateur;${SITES}`);
    // C6 was handed out on 31 March at 23:30 in Paris (included), C7 on 1 April at 00:30 (not).
    expect(lines).toContain('Pass;Carnets distribués;6;0;6');
    expect(lines).toContain('Pass;Pass de ces carnets;18;0;18');
    // 301 was used in February; the CCAS's second scan of 101 is a conflict, not a use.
    expect(lines).toContain('Pass;Pass utilisés;1;3;4');
    expect(lines).toContain('Pass;Valeur des pass utilisés (valeur faciale);10,00;30,00;40,00');
    expect(lines).toContain('Pass;Doubles utilisations refusées (conflits);1;0;1');
    expect(lines).toContain(`Pass par service;"${SERVICE_NAME.replace(/"/g, '""')}";${MEDIATHEQUE};3;30,00`);
    expect(lines).toContain('Pass par service;Service non encore reçu;CCAS de Villeurbanne;1;10,00');
    expect(lines).toContain('Pass par service;Total;;4;40,00');
    expect(lines).toContain('Activités;Activités collectives;0;1;1');
    expect(lines).toContain('Activités;Accompagnements individuels;0;1;1');
    expect(lines).toContain('Activités;Séances d’ateliers tenues (clôturées);0;1;1');
    expect(lines).toContain('Activités;Participations;0;9;9');
    expect(lines).toContain('Activités;Durée totale des activités;0,00;2,75;2,75');
    expect(lines).toContain('Thématiques;E-mail;0;2;2');
    expect(lines).toContain('Thématiques;Bureautique;0;1;1');
    expect(lines.some((line) => line.startsWith('Thématiques;Santé'))).toBe(false);
  });

  it('counts the people reached per site, masks small cells and the cells that would give them away', async () => {
    const lines = await csvLines(MARCH);
    expect(lines).toContain('Personnes;Personnes différentes;6;9;15');
    // One senior at the CCAS: masked there and in the total (the total would give it back).
    expect(lines).toContain('Personnes;dont publics prioritaires (au moins un critère);< 5;0;< 5');
    expect(lines).toContain('Tranche d’âge;25 à 39 ans;6;0;6');
    expect(lines).toContain('Tranche d’âge;60 à 69 ans;0;9;9');
    expect(lines).toContain('Tranche d’âge;Total;6;9;15');
    // 3 men at the médiathèque: masked; the 6 women beside them too (9 − 6 = 3), in the site and the total columns.
    expect(lines).toContain('Genre;Féminin;6;< 5;< 5');
    expect(lines).toContain('Genre;Masculin;0;< 5;< 5');
    expect(lines).toContain('Genre;Total;6;9;15');
    expect(lines).toContain('Statut social;Retraité·e;0;9;9');
    expect(lines).toContain('Commune;69266;6;9;15');
    expect(lines).toContain('Critère de priorité;Senior;< 5;0;< 5');
    expect(lines).toContain('Effectifs masqués;moins de 5 personnes (« < 5 »)');
  });

  it('shows the same figures on the page, masked cells with their footnote', async () => {
    const page = await get(`/figures?${MARCH}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const body = page.body;
    expect(body).toContain('<html lang="fr">');
    expect(body).toContain('<h1>Chiffres du Pass Numérique — Métropole de Lyon</h1>');
    expect(body).toContain('<caption>Carnets distribués et pass utilisés</caption>');
    expect(body).toContain('<th scope="row">Pass utilisés</th><td>1</td><td>3</td><td>4</td>');
    expect(body).toContain('<th scope="row">Valeur des pass utilisés (valeur faciale)</th><td>10,00 €</td><td>30,00 €</td><td>40,00 €</td>');
    expect(body).toContain('<th scope="row">Durée totale des activités</th><td>0 h</td><td>2 h 45</td><td>2 h 45</td>');
    expect(body).toMatch(/<th scope="row">Masculin<\/th><td>0<\/td><td class="masked">&lt; 5<sup>/);
    expect(body).toContain('<tr class="total"><th scope="row">Total</th><td>6</td><td>9</td><td>15</td></tr>');
    expect(body).toContain('id="masquage"');
    expect(body).toContain('effectif de moins de 5 personnes, masqué pour qu’aucune personne ne puisse être reconnue');
    expect(body).toContain('une personne venue dans deux lieux y est comptée deux fois');
    expect(body).toContain('<th scope="col">Médiathèque &lt;script&gt;alert(1)&lt;/script&gt;</th>');
    expect(body).toContain('<th scope="row">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Atelier</th>');
    expect(body).not.toContain('<script');
    expect(body).toContain('<label for="du">Du</label><input id="du" name="du" type="date" value="2026-03-01" required>');
    expect(body).toContain('<a href="/figures?periode=trimestre">Ce trimestre</a>');
    expect(body).toContain('href="/figures.csv?periode=dates&amp;du=2026-03-01&amp;au=2026-03-31"');
  });

  it('shows when each site last sent data, and flags the stale ones', async () => {
    const page = (await get(`/figures?${MARCH}`)).body;
    expect(page).toContain('<caption>Dernier envoi reçu de chaque lieu</caption>');
    expect(page).toMatch(/<th scope="row">CCAS de Villeurbanne<\/th><td class="text">\d\d\/\d\d\/2026 \d\d:\d\d<\/td>/);
    expect(page).not.toContain('sans envoi depuis plus de 7 jours');
  });

  it('keeps data outside the period out', async () => {
    const lines = await csvLines(FEBRUARY);
    expect(lines).toContain('Pass;Carnets distribués;0;0;0');
    expect(lines).toContain('Pass;Pass utilisés;0;1;1');
    expect(lines).toContain('Activités;Activités collectives;0;1;1');
    expect(lines).toContain('Activités;Participations;0;2;2');
    expect(lines).toContain('Thématiques;Santé;0;1;1');
    // Two people in February: fewer than 5, masked wherever they show.
    expect(lines).toContain('Personnes;Personnes différentes;0;< 5;< 5');
    expect(lines).toContain('Genre;Total;0;< 5;< 5');
    const april = await csvLines('periode=dates&du=2026-04-01&au=2026-04-30');
    expect(april).toContain('Pass;Carnets distribués;1;0;1');
    expect(april).toContain('Pass;Pass utilisés;0;0;0');
  });

  it('takes the month, quarter and year presets from the hub’s Paris date, and refuses wrong dates', async () => {
    expect((await csvLines('periode=mois')).find((line) => line.startsWith('Période;'))).toBe('Période;du 01/03/2026 au 31/03/2026');
    expect((await csvLines('periode=trimestre')).find((line) => line.startsWith('Période;'))).toBe('Période;du 01/01/2026 au 31/03/2026');
    expect((await csvLines('periode=annee-precedente')).find((line) => line.startsWith('Période;'))).toBe('Période;du 01/01/2025 au 31/12/2025');
    expect((await csvLines('periode=mois-precedent')).find((line) => line.startsWith('Période;'))).toBe('Période;du 01/02/2026 au 28/02/2026');
    const wrong = await get('/figures?periode=dates&du=2026-03-31&au=2026-03-01');
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('La fin de la période précède son début.');
    expect((await get('/figures.csv?periode=dates&du=2026-02-30&au=2026-03-01')).status).toBe(400);
  });
});
