import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentCode } from '../../../hub/src/admin/administration';
import { deliveryCsv, ISSUER, LOT, luhnPass, register, startStockEnv, stockedLot, type StockEnv } from '../stock/stock-env';
import { createSession, sessionFields } from '../workshops/workshops-env';
import { startHubServer, type HubServer } from './sync-env';

/**
 * Three real desks (backends on their own encrypted SQLite files) and a real hub (PostgreSQL): the CCAS hands a
 * carnet out, a médiathèque that never had the carnet signs its holder in with one of its passes, and a third site
 * is refused the same pass — at the door when it already knows, through the hub's answer while the person is still
 * there when it did not.
 */
let hub: HubServer;
let ccas: StockEnv;
let media: StockEnv;
let annexe: StockEnv;
const pass = luhnPass(100_000_000);
/** Zoé's record at the médiathèque (made in the first test). */
let zoe = '';

async function enrollDesk(env: StockEnv): Promise<void> {
  const { code } = await createEnrollmentCode(hub.pool, hub.collectivityId, 7, new Date());
  const status = await env.admin.call('sync.enroll', { hubUrl: hub.url, code });
  expect(status.state).toBe('idle');
}

const services = new Map<StockEnv, string>();

/** A new session of the site's one-pass workshop. */
async function workshopAt(env: StockEnv): Promise<string> {
  let serviceId = services.get(env);
  if (!serviceId) {
    serviceId = (await env.referent.call('services.save', { name: 'Atelier découverte', themes: ['email'], defaultDurationMin: 90, passRequired: true, pricePasses: 1 })).id;
    services.set(env, serviceId);
  }
  return (await createSession(env.referent, sessionFields(serviceId))).id;
}

const options = { backend: { syncIntervalMs: 3_600_000 } };

beforeAll(async () => {
  hub = await startHubServer();
  ccas = await startStockEnv('2026-06-15T10:00:00Z', { ...options, site: { name: 'CCAS de Sète', kind: 'ccas' } });
  media = await startStockEnv('2026-06-15T10:00:00Z', { ...options, site: { name: 'Médiathèque Mitterrand', kind: 'mediatheque' } });
  annexe = await startStockEnv('2026-06-15T10:00:00Z', { ...options, site: { name: 'Médiathèque de l’Île', kind: 'mediatheque' } });
  for (const env of [ccas, media, annexe]) await enrollDesk(env);
});

afterAll(async () => {
  for (const env of [ccas, media, annexe]) await env.close();
  await hub.close();
});

describe('a carnet handed out at the CCAS, its passes used at the médiathèques', () => {
  it('the médiathèque signs the holder in with a pass it never had; a third site is refused it', async () => {
    await stockedLot(ccas.referent, 2);
    const zoeAtCcas = await register(ccas.accueil);
    await ccas.referent.call('carnets.hand-out', { beneficiaryId: zoeAtCcas, code: 'C000001', printReceipt: false });
    expect((await ccas.admin.call('sync.now', {})).pending).toBe(0);

    // The médiathèque pulls, and knows the pass was handed out at the CCAS — not to whom.
    await media.admin.call('sync.now', {});
    const session = await workshopAt(media);
    const unknownPerson = await media.accueil.call('signin.scan', { sessionId: session, code: pass });
    expect(unknownPerson).toMatchObject({ outcome: 'refused', message: expect.stringContaining('carnet remis à CCAS de Sète') });
    zoe = await register(media.accueil);
    const signedIn = await media.accueil.call('signin.scan', { sessionId: session, code: pass, expectedBeneficiaryId: zoe });
    expect(signedIn).toMatchObject({ outcome: 'present', passNumber: pass, hub: { status: 'accepted' } });
    // The carnet is Zoé's at the médiathèque now, and not part of its stock.
    expect(await media.referent.call('stock.lots', {})).toEqual([]);
    const second = await media.accueil.call('signin.scan', { sessionId: await workshopAt(media), code: luhnPass(100_000_001), expectedBeneficiaryId: zoe });
    expect(second).toMatchObject({ outcome: 'present', hub: { status: 'accepted' } });

    // The third site has pulled since: the pass is refused at the door, naming where it was used.
    await annexe.admin.call('sync.now', {});
    const elsewhere = await annexe.accueil.call('signin.scan', { sessionId: await workshopAt(annexe), code: pass, expectedBeneficiaryId: await register(annexe.accueil) });
    expect(elsewhere).toMatchObject({ outcome: 'refused', reason: 'deja-utilise', message: expect.stringContaining('Médiathèque Mitterrand') });
  });

  it('a site that had not pulled yet learns of the double use from the hub while the person is at the door', async () => {
    const third = luhnPass(100_000_002);
    await annexe.admin.call('sync.now', {});
    const session = await workshopAt(annexe);
    const person = await register(annexe.accueil, { nom: 'Durand', prenom: 'Marc' });
    // The médiathèque uses the pass after the annexe's last pull.
    expect(await media.accueil.call('signin.scan', { sessionId: await workshopAt(media), code: third, expectedBeneficiaryId: zoe })).toMatchObject({
      outcome: 'present',
      hub: { status: 'accepted' },
    });
    const atTheDoor = await annexe.accueil.call('signin.scan', { sessionId: session, code: third, expectedBeneficiaryId: person });
    expect(atTheDoor).toMatchObject({ outcome: 'present', hub: { status: 'conflict', message: expect.stringContaining('Médiathèque Mitterrand') } });
    const inbox = await annexe.referent.call('sync.review-list', {});
    expect(inbox).toEqual([expect.objectContaining({ kind: 'conflict', passNumber: third, personName: 'Marc DURAND', otherSite: expect.objectContaining({ name: 'Médiathèque Mitterrand' }) })]);
    const settled = await annexe.referent.call('sync.review-settle', { id: inbox[0]?.id as string, outcome: 'seance-maintenue', comment: 'Personne présente, pass non remboursable.' });
    expect(settled.settlement).toMatchObject({ outcome: 'seance-maintenue', byName: 'Agent referent' });
    expect(await annexe.referent.call('sync.review-list', {})).toEqual([]);
    // The médiathèque, first, learns of it at its next pull.
    await media.admin.call('sync.now', {});
    expect(await media.referent.call('sync.review-list', {})).toEqual([expect.objectContaining({ kind: 'conflict-elsewhere', passNumber: third })]);
  });
});

describe('when the hub cannot be reached', () => {
  it('enrollment says so in French and records nothing', async () => {
    const closedPort = 'http://127.0.0.1:9/';
    await expect(media.admin.call('sync.enroll', { hubUrl: closedPort, code: 'ABCD-EFGH-IJKL-MNOP' })).rejects.toThrow(/Hub injoignable/);
    expect((await media.admin.call('sync.status', {})).hub?.url).toBe(new URL(hub.url).toString());
  });

  it('the door says « à confirmer » after one try, and the next scans do not wait for the hub', async () => {
    let down = false;
    let attempts = 0;
    const desk = await startStockEnv('2026-06-15T10:00:00Z', {
      backend: {
        syncIntervalMs: 3_600_000,
        hubFetch: (url, init) => {
          if (!down) return fetch(url, init);
          attempts += 1;
          return Promise.reject(new TypeError('fetch failed'));
        },
      },
      site: { name: 'Espace numérique', kind: 'both' },
    });
    try {
      await enrollDesk(desk);
      down = true;
      // Its own stock, numbered apart from the CCAS's.
      const issuer = await desk.referent.call('stock.save-issuer', { ...ISSUER, name: 'Émetteur de l’espace' });
      const lot = await desk.referent.call('stock.create-lot', { ...LOT, issuerId: issuer.id });
      await desk.referent.call('stock.import-csv', { lotId: lot.id, csv: deliveryCsv(1, 3, 50, 200_000_000) });
      const person = await register(desk.accueil);
      await desk.referent.call('carnets.hand-out', { beneficiaryId: person, code: 'C000050', printReceipt: false });
      const session = await workshopAt(desk);
      const first = await desk.accueil.call('signin.scan', { sessionId: session, code: luhnPass(200_000_000) });
      expect(first).toMatchObject({ outcome: 'present', hub: { status: 'waiting', message: expect.stringContaining('Hub injoignable') } });
      expect(attempts).toBe(1);
      const next = await desk.accueil.call('signin.scan', { sessionId: await workshopAt(desk), code: luhnPass(200_000_001) });
      expect(next).toMatchObject({ outcome: 'present', hub: { status: 'waiting' } });
      expect(attempts).toBe(1);
      const status = await desk.admin.call('sync.status', {});
      expect(status).toMatchObject({ state: 'offline', lastError: { message: expect.stringContaining('Hub injoignable') } });
      expect(status.pending).toBeGreaterThan(0);
    } finally {
      await desk.close();
    }
  });
});
