import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentCode } from '../../../hub/src/admin/administration';
import { luhnPass, register, startStockEnv, stockedLot, type StockEnv } from '../stock/stock-env';
import { createSession, sessionFields } from '../workshops/workshops-env';
import { startHubServer, type HubServer } from './sync-env';

/**
 * A pass of a lot the médiathèque knows (received at the CCAS and pulled), handed out at the CCAS after the
 * médiathèque's last pull — or while the CCAS was offline: the médiathèque accepts it « à confirmer » within the
 * site's policy, shows it so until the hub answers, and the hub confirms it or turns it into a conflict.
 */
let hub: HubServer;
let ccas: StockEnv;
let media: StockEnv;
let annexe: StockEnv;
const offline = new Set<StockEnv>();
const hubFetchFor = (desk: () => StockEnv) => (url: string | URL | Request, init?: RequestInit) =>
  offline.has(desk()) ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init);

async function deskAt(name: string, kind: 'ccas' | 'mediatheque'): Promise<StockEnv> {
  let env: StockEnv | null = null;
  env = await startStockEnv('2026-06-15T10:00:00Z', {
    backend: { syncIntervalMs: 3_600_000, hubFetch: hubFetchFor(() => env as StockEnv) },
    site: { name, kind },
  });
  const { code } = await createEnrollmentCode(hub.pool, hub.collectivityId, 7, new Date());
  expect((await env.admin.call('sync.enroll', { hubUrl: hub.url, code })).state).toBe('idle');
  return env;
}

let serviceIds = new Map<StockEnv, string>();
async function workshopAt(env: StockEnv): Promise<string> {
  let serviceId = serviceIds.get(env);
  if (!serviceId) {
    serviceId = (await env.referent.call('services.save', { name: 'Atelier découverte', themes: ['email'], defaultDurationMin: 90, passRequired: true, pricePasses: 1 })).id;
    serviceIds.set(env, serviceId);
  }
  return (await createSession(env.referent, sessionFields(serviceId))).id;
}

/** The CCAS hands carnet `carnet` out while offline: the médiathèque only knows its passes as in the CCAS's stock. */
async function handOutUnknownToOthers(carnet: string): Promise<string> {
  offline.add(ccas);
  const holder = await register(ccas.accueil, { nom: 'Martin', prenom: `Carnet ${carnet}` });
  await ccas.referent.call('carnets.hand-out', { beneficiaryId: holder, code: carnet, printReceipt: false });
  return holder;
}

beforeAll(async () => {
  hub = await startHubServer();
  serviceIds = new Map();
  ccas = await deskAt('CCAS de Sète', 'ccas');
  media = await deskAt('Médiathèque Mitterrand', 'mediatheque');
  annexe = await deskAt('Médiathèque de l’Île', 'mediatheque');
  // Carnets C000001… (passes 100000000…, three a carnet) received at the CCAS, known to every desk as its stock.
  await stockedLot(ccas.referent, 6);
  expect((await ccas.admin.call('sync.now', {})).pending).toBe(0);
  await media.admin.call('sync.now', {});
  await annexe.admin.call('sync.now', {});
});

afterAll(async () => {
  for (const env of [ccas, media, annexe]) await env?.close();
  await hub?.close();
});

describe('a pass whose hand-out has not reached this desk', () => {
  it('is refused without a person, then accepted « à confirmer » and confirmed by the hub at the next sync', async () => {
    await handOutUnknownToOthers('C000001');
    const pass = luhnPass(100_000_000);
    const session = await workshopAt(media);
    const noPerson = await media.accueil.call('signin.scan', { sessionId: session, code: pass });
    expect(noPerson).toMatchObject({ outcome: 'refused', message: expect.stringContaining('d’un carnet de CCAS de Sète dont la remise n’est pas encore connue ici') });

    offline.add(media);
    const zoe = await register(media.accueil);
    const atTheDoor = await media.accueil.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: zoe });
    expect(atTheDoor).toMatchObject({ outcome: 'present', passNumber: pass, hub: { status: 'waiting', message: expect.stringContaining('remise n’était pas encore connue') } });
    const detail = await media.accueil.call('workshops.get', { id: session });
    expect(detail.bookings).toEqual([expect.objectContaining({ beneficiaryId: zoe, passNumbers: [pass], passesToConfirm: [pass] })]);

    offline.delete(media);
    await media.admin.call('sync.now', {});
    const after = await media.accueil.call('workshops.get', { id: session });
    expect(after.bookings[0]).toMatchObject({ passNumbers: [pass], passesToConfirm: [] });
    expect(await media.referent.call('sync.review-list', {})).toEqual([]);
  });

  it('online, the hub confirms it while the person is at the door', async () => {
    await handOutUnknownToOthers('C000002');
    const pass = luhnPass(100_000_003);
    const session = await workshopAt(media);
    const person = await register(media.accueil, { nom: 'Nguyen', prenom: 'Lan' });
    const atTheDoor = await media.accueil.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: person });
    expect(atTheDoor).toMatchObject({ outcome: 'present', hub: { status: 'accepted' }, booking: { passesToConfirm: [] } });
  });

  it('turns into a conflict when another site used the pass first', async () => {
    await handOutUnknownToOthers('C000003');
    const pass = luhnPass(100_000_006);
    offline.add(media);
    const person = await register(media.accueil, { nom: 'Petit', prenom: 'Jules' });
    const session = await workshopAt(media);
    expect(await media.accueil.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: person })).toMatchObject({
      outcome: 'present',
      hub: { status: 'waiting' },
    });
    // The annexe, online, uses the same pass first (also « à confirmer » there, confirmed at once).
    const other = await register(annexe.accueil, { nom: 'Roux', prenom: 'Emma' });
    expect(await annexe.accueil.call('signin.scan', { sessionId: await workshopAt(annexe), code: pass, expectedBeneficiaryId: other })).toMatchObject({
      outcome: 'present',
      hub: { status: 'accepted' },
    });

    offline.delete(media);
    await media.admin.call('sync.now', {});
    expect((await media.accueil.call('workshops.get', { id: session })).bookings[0]).toMatchObject({ passNumbers: [pass], passesToConfirm: [] });
    expect(await media.referent.call('sync.review-list', {})).toEqual([
      expect.objectContaining({ kind: 'conflict', passNumber: pass, personName: 'Jules PETIT', otherSite: expect.objectContaining({ name: 'Médiathèque de l’Île' }) }),
    ]);
  });

  it('stays « à confirmer » when the door first asks for a confirmation (a full session)', async () => {
    await handOutUnknownToOthers('C000005');
    const pass = luhnPass(100_000_012);
    offline.add(media);
    try {
      const service = serviceIds.get(media) as string;
      const session = (await createSession(media.referent, sessionFields(service, { capacity: 1 }))).id;
      await media.accueil.call('bookings.create', { sessionId: session, beneficiaryId: await register(media.accueil, { nom: 'Garcia', prenom: 'Inès' }), printSlip: false });
      const person = await register(media.accueil, { nom: 'Moreau', prenom: 'Hugo' });
      const asked = await media.referent.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: person });
      expect(asked).toMatchObject({ outcome: 'confirm', confirmation: 'surnombre' });
      const confirmed = await media.referent.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: person, confirm: ['surnombre'] });
      expect(confirmed).toMatchObject({ outcome: 'present', hub: { status: 'waiting', message: expect.stringContaining('remise n’était pas encore connue') } });
      expect((await media.accueil.call('workshops.get', { id: session })).bookings).toContainEqual(expect.objectContaining({ beneficiaryId: person, passesToConfirm: [pass] }));
    } finally {
      offline.delete(media);
    }
  });

  it('follows the site’s policy: refused when it says never, or when the hub’s data is too old', async () => {
    await handOutUnknownToOthers('C000004');
    const person = await register(media.accueil, { nom: 'Leroy', prenom: 'Inès' });
    await expect(media.accueil.call('sync.set-provisional-policy', { maxDays: 0 })).rejects.toThrow();
    expect((await media.admin.call('sync.set-provisional-policy', { maxDays: 0 })).provisionalMaxDays).toBe(0);
    const never = await media.accueil.call('signin.scan', { sessionId: await workshopAt(media), code: luhnPass(100_000_009), expectedBeneficiaryId: person });
    expect(never).toMatchObject({ outcome: 'refused', message: expect.stringContaining('ce site n’accepte pas les pass à confirmer') });

    await media.admin.call('sync.set-provisional-policy', { maxDays: 7 });
    offline.add(media);
    await media.at('2026-06-23T10:00:00Z');
    const stale = await media.accueil.call('signin.scan', { sessionId: await workshopAt(media), code: luhnPass(100_000_009), expectedBeneficiaryId: person });
    expect(stale).toMatchObject({ outcome: 'refused', message: expect.stringMatching(/données du hub datent de \d+ jours \(7 au plus/) });
    // Nothing was recorded: the pass is still unknown to the médiathèque's stock.
    expect(media.rows(`SELECT count(*) AS n FROM pass WHERE number = ?`, luhnPass(100_000_009))).toEqual([{ n: 0 }]);
    const audit = media.rows<{ details: string }>(`SELECT details FROM audit WHERE action = 'sync.provisional-policy' ORDER BY at`);
    expect(audit.map((row) => JSON.parse(row.details))).toEqual([{ before: 7, after: 0 }, { before: 0, after: 7 }]);
  });
});
