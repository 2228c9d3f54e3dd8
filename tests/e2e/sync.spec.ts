import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addCollectivity, createEnrollmentCode } from '../../hub/src/admin/administration';
import { buildHub } from '../../hub/src/app';
import { migrateHub } from '../../hub/src/database';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { expect, expectAccessible, login, test } from './fixtures';

let postgres: TestPostgres;
let pool: pg.Pool;
let hub: ReturnType<typeof buildHub>;
let hubUrl = '';
let collectivityId = '';

test.beforeAll(async () => {
  postgres = await startTestPostgres();
  pool = new pg.Pool({ connectionString: await postgres.createDatabase(`e2e_${randomUUID().slice(0, 8)}`), max: 4 });
  await migrateHub(pool);
  hub = buildHub({ pool });
  hubUrl = await hub.listen({ host: '127.0.0.1', port: 0 });
  collectivityId = (await addCollectivity(pool, 'Métropole de démonstration', new Date())).id;
});

test.afterAll(async () => {
  await hub.close();
  await pool.end();
  await postgres.stop();
});

test('an administrator links the desk to the hub with a one-time code; the demo’s work is uploaded without a name and nothing is left to review', async ({ page, demoApp }) => {
  test.setTimeout(120_000);
  await login(page, demoApp, 'admin', 'demo-admin-2026');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Synchronisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Synchronisation' })).toBeVisible();
  await expect(page.getByText('État : Poste non relié au hub')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Synchroniser maintenant' })).toBeDisabled();
  await expectAccessible(page);

  // A wrong code is refused in French, beside the field.
  await page.getByLabel('Adresse du hub').fill(hubUrl);
  await page.getByLabel('Code d’enrôlement').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Relier le poste' }).click();
  await expect(page.getByText(/code/i).filter({ hasText: /inconnu|expiré|utilisé|refusé/ }).first()).toBeVisible();
  await expectAccessible(page);

  const { code } = await createEnrollmentCode(pool, collectivityId, 7, new Date());
  await page.getByLabel('Code d’enrôlement').fill(code);
  await page.getByRole('button', { name: 'Relier le poste' }).click();
  await expect(page.getByText('État : À jour')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Métropole de démonstration').first()).toBeVisible();
  // Everything the demo did went up, without a name: the hub holds the desk's operations, and its people as pseudonyms.
  const processed = Number((await pool.query(`SELECT count(*) FROM processed_op`)).rows[0].count);
  expect(processed).toBeGreaterThan(100);
  const names = await pool.query(`SELECT count(*) FROM stat_event WHERE payload::text ILIKE '%Benali%' OR payload::text ILIKE '%@%'`);
  expect(Number(names.rows[0].count)).toBe(0);
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(page.getByText('Synchronisation terminée.')).toBeVisible();
  await expectAccessible(page);

  await expect(page.getByRole('heading', { name: 'À examiner' })).toBeVisible();
  await expect(page.getByText('Aucune situation à examiner.')).toBeVisible();

  // The status bar says so on every screen.
  await expect(page.getByRole('link', { name: /Envoi : à jour/ })).toBeVisible();
});
