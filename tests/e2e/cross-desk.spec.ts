import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { parisDate } from '../../electron/common/domain/passes/paris-date';
import { addCollectivity, createEnrollmentCode } from '../../hub/src/admin/administration';
import { buildHub } from '../../hub/src/app';
import { migrateHub } from '../../hub/src/database';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { serve, type ServedApp } from '../support/serve-process';
import { webSocketClient, type TestClient } from '../support/test-client';
import { expect, expectAccessible, login, test, type DrivenApp } from './fixtures';

let postgres: TestPostgres;
let pool: pg.Pool;
let hub: ReturnType<typeof buildHub>;
let hubUrl = '';
let collectivityId = '';

test.beforeAll(async () => {
  postgres = await startTestPostgres();
  pool = new pg.Pool({ connectionString: await postgres.createDatabase(`e2e_${randomUUID().slice(0, 8)}`), max: 4 });
  // pool.end() resolves before its last sockets have closed: the cluster's shutdown right after may cut one.
  pool.on('error', () => undefined);
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

const ADMIN = { displayName: 'Lucie Martin', login: 'lucie', password: 'mot-de-passe-du-poste' };

async function enroll(client: TestClient): Promise<void> {
  const { code } = await createEnrollmentCode(pool, collectivityId, 7, new Date());
  expect((await client.call('sync.enroll', { hubUrl, code })).state).toBe('idle');
}

/** A médiathèque desk of its own (no stock), set up and enrolled through its backend; its session of today. */
async function mediatheque(name: string, options: { enroll: boolean }): Promise<{ app: ServedApp; client: TestClient; stop(): Promise<void>; sessionId: string; agatheId: string }> {
  const { app, stop } = await serve([]);
  const address = new URL(app.url);
  const client = await webSocketClient(Number(address.port), new URLSearchParams(address.hash.slice(1)).get('token'));
  await client.call('setup.complete', { site: { name, kind: 'mediatheque', communeCode: '34172' }, admin: ADMIN });
  await client.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  if (options.enroll) await enroll(client);
  const service = await client.call('services.save', { name: 'Atelier Pass Numérique', themes: ['email'], defaultDurationMin: 60, passRequired: true, pricePasses: 1 });
  const { now } = await client.call('test.clock.advance', { ms: 0 });
  const [session] = await client.call('workshops.create', {
    fields: { kind: 'collectif', title: 'Messagerie : premiers pas', serviceId: service.id, themes: ['email'], level: 'debutant', date: parisDate(new Date(now)), startTime: '23:30', durationMin: 25, room: '', capacity: 8 },
  });
  const { beneficiary } = await client.call('beneficiaries.create', { fields: { nom: 'Quintard', prenom: 'Agathe' }, confirmDuplicate: true });
  if (!session || !beneficiary) throw new Error('set-up failed');
  await client.call('bookings.create', { sessionId: session.id, beneficiaryId: beneficiary.id, printSlip: false });
  return {
    app,
    client,
    sessionId: session.id,
    agatheId: beneficiary.id,
    async stop() {
      client.close();
      await stop();
    },
  };
}

/** The CCAS (the demo desk) hands Agathe a carnet and uploads its work; returns one of her passes. */
async function ccasHandsOut(ccas: DrivenApp): Promise<string> {
  await ccas.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
  const { beneficiary } = await ccas.call('beneficiaries.create', { fields: { nom: 'Quintard', prenom: 'Agathe', phone: '0611223344' }, confirmDuplicate: true });
  if (!beneficiary) throw new Error('person not created');
  const outcome = await ccas.call('carnets.hand-out', { beneficiaryId: beneficiary.id, code: 'C100041', printReceipt: false });
  await ccas.call('auth.logout', {});
  await ccas.call('auth.login', { login: 'admin', password: 'demo-admin-2026' });
  const { code } = await createEnrollmentCode(pool, collectivityId, 7, new Date());
  expect((await ccas.call('sync.enroll', { hubUrl, code })).pending).toBe(0);
  // Everything the demo did went up, and not a name: people are pseudonyms.
  expect(Number((await pool.query(`SELECT count(*) FROM processed_op`)).rows[0].count)).toBeGreaterThan(100);
  const named = await pool.query(`SELECT count(*) FROM stat_event WHERE payload::text ILIKE '%Quintard%' OR payload::text ILIKE '%@%' OR payload::text LIKE '%0611223344%'`);
  expect(Number(named.rows[0].count)).toBe(0);
  return outcome.carnet.passes[0]?.number ?? '';
}

test('the CCAS hands out a carnet; the médiathèque, linked to the hub on its Synchronisation page, signs Agathe in with one of its passes; a third site is refused it; the CCAS books Lan into the médiathèque’s workshop', async ({ page, devicesApp }) => {
  test.setTimeout(240_000);
  const pass = await ccasHandsOut(devicesApp);
  const media = await mediatheque('Médiathèque Jean-Vilar', { enroll: false });
  const annexe = await mediatheque('Bibliothèque de la Plage', { enroll: true });
  try {
    // The médiathèque's administrator links the desk: a wrong code is refused in French, then the right one.
    await login(page, media.app, ADMIN.login, ADMIN.password);
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    await menu.getByRole('link', { name: 'Synchronisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Synchronisation' })).toBeVisible();
    await expect(page.getByText('État : Poste non relié au hub')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Synchroniser maintenant' })).toBeDisabled();
    await expectAccessible(page);
    await page.getByLabel('Adresse du hub').fill(hubUrl);
    await page.getByLabel('Code d’enrôlement').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'Relier le poste' }).click();
    await expect(page.getByText(/code/i).filter({ hasText: /inconnu|expiré|utilisé|refusé/ }).first()).toBeVisible();
    const { code } = await createEnrollmentCode(pool, collectivityId, 7, new Date());
    await page.getByLabel('Code d’enrôlement').fill(code);
    await page.getByRole('button', { name: 'Relier le poste' }).click();
    await expect(page.getByText('État : À jour')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Métropole de démonstration').first()).toBeVisible();
    await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
    await expect(page.getByText('Synchronisation terminée.')).toBeVisible();
    await expect(page.getByText('Aucune situation à examiner.')).toBeVisible();
    await expect(page.getByRole('link', { name: /Envoi : à jour/ })).toBeVisible();
    await expectAccessible(page);

    // The door.
    await menu.getByRole('link', { name: 'Ateliers' }).click();
    await page.getByRole('link', { name: /Messagerie : premiers pas/ }).first().click();
    await page.getByRole('link', { name: 'Ouvrir l’émargement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Messagerie : premiers pas/ })).toBeVisible();
    await expect(page.getByText(/Données du hub : (à l’instant|il y a)/)).toBeVisible();

    // The pass is not from this desk's stock: the hub says it was handed out at the CCAS, not to whom.
    const banner = page.locator('[data-outcome]');
    await page.getByLabel('Numéro du pass').fill(pass);
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(banner).toHaveAttribute('data-outcome', 'refused');
    await expect(banner).toContainText('Médiathèque Émile-Zola et CCAS');
    await expectAccessible(page);

    // Agathe is at the door: « C’est cette personne », then her pass.
    await page.getByRole('button', { name: /C’est cette personne : QUINTARD Agathe/ }).click();
    await page.getByLabel('Numéro du pass').fill(pass);
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(banner).toHaveAttribute('data-outcome', 'present');
    await expect(banner).toContainText('QUINTARD');
    await expect(banner).toContainText('Pass confirmé par le hub');
    await expectAccessible(page);

    // A third site, once it has pulled, refuses the same pass at its door, naming where it was used.
    await annexe.client.call('sync.now', {});
    const refused = await annexe.client.call('signin.scan', { sessionId: annexe.sessionId, code: pass, expectedBeneficiaryId: annexe.agatheId });
    expect(refused).toMatchObject({ outcome: 'refused', reason: 'deja-utilise', message: expect.stringContaining('Médiathèque Jean-Vilar') });

    // The CCAS books Lan into the médiathèque's workshop from « Autres lieux »: the seat is taken at the hub, and the
    // médiathèque gets her name and phone at its next pull.
    await devicesApp.call('beneficiaries.create', { fields: { nom: 'Nguyen-Lefort', prenom: 'Lan', phone: '0699887766' }, confirmDuplicate: true });
    await devicesApp.call('sync.now', {});
    await login(page, devicesApp, 'accueil', 'demo-accueil-2026');
    await menu.getByRole('link', { name: 'Autres lieux' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Autres lieux de la collectivité' })).toBeVisible();
    const place = page.getByRole('region', { name: 'Médiathèque Jean-Vilar' });
    await expect(place.getByRole('cell', { name: 'Messagerie : premiers pas (Atelier Pass Numérique)', exact: true })).toBeVisible();
    await expectAccessible(page);
    await place.getByRole('button', { name: /^Inscrire une personne à « Messagerie : premiers pas »/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Inscrire une personne — Médiathèque Jean-Vilar' });
    await expect(dialog.getByText(/sont envoyés à Médiathèque Jean-Vilar pour cet atelier seulement/)).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Personne à inscrire' }).fill('nguyen-lef');
    await dialog.getByRole('option', { name: /NGUYEN-LEFORT Lan/ }).click();
    await dialog.getByRole('button', { name: 'Inscrire' }).click();
    await expect(dialog.getByTestId('booked-elsewhere')).toContainText('NGUYEN-LEFORT Lan est inscrit·e ; Médiathèque Jean-Vilar a reçu l’inscription.');
    await expectAccessible(page);
    await media.client.call('sync.now', {});
    const booked = (await media.client.call('workshops.get', { id: media.sessionId })).bookings;
    expect(booked).toContainEqual(expect.objectContaining({ nom: 'Nguyen-Lefort', prenom: 'Lan', phone: '0699887766', bookedByName: 'Médiathèque Émile-Zola et CCAS (via le hub)' }));
  } finally {
    await media.stop();
    await annexe.stop();
  }
});
