import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentCode, setAccountDisabled } from '../../../hub/src/admin/administration';
import { register, startStockEnv, stockedLot, type StockEnv } from '../stock/stock-env';
import { createSession, sessionFields } from '../workshops/workshops-env';
import { until } from '../../support/wait-for';
import { startHubServer, type HubServer } from './sync-env';

/**
 * What the places of a collectivity share through the hub: a médiathèque's services and collective workshops reach
 * the CCAS (its « Autres lieux » page and the carnet's receipt), and a login the hub's administrator disables is
 * disabled at every desk.
 */
let hub: HubServer;
let ccas: StockEnv;
let media: StockEnv;

async function enrolled(name: string, kind: 'ccas' | 'mediatheque'): Promise<StockEnv> {
  const env = await startStockEnv('2026-06-15T10:00:00Z', { backend: { syncIntervalMs: 3_600_000 }, site: { name, kind } });
  const { code } = await createEnrollmentCode(hub.pool, hub.collectivityId, 7, new Date());
  await env.admin.call('sync.enroll', { hubUrl: hub.url, code });
  return env;
}

beforeAll(async () => {
  hub = await startHubServer();
  ccas = await enrolled('CCAS de Sète', 'ccas');
  media = await enrolled('Médiathèque Mitterrand', 'mediatheque');
});

afterAll(async () => {
  await ccas?.close();
  await media?.close();
  await hub?.close();
});

describe('the other places, from the hub', () => {
  it('the CCAS sees the médiathèque’s services and next collective workshops, and lists them on the carnet’s receipt', async () => {
    const withPass = await media.referent.call('services.save', { name: 'Atelier découverte', themes: ['email'], defaultDurationMin: 90, passRequired: true, pricePasses: 1 });
    const free = await media.referent.call('services.save', { name: 'Permanence libre', themes: ['navigation-internet'], defaultDurationMin: 60, passRequired: false, pricePasses: 1 });
    await createSession(media.referent, sessionFields(withPass.id, { title: 'Mails et pièces jointes', date: '2026-06-18', startTime: '10:00' }));
    await createSession(media.referent, sessionFields(free.id, { title: 'Questions libres', date: '2026-06-17', startTime: '15:00' }));
    const cancelled = (await createSession(media.referent, sessionFields(withPass.id, { title: 'Atelier annulé', date: '2026-06-16' }))).id;
    await media.referent.call('workshops.cancel', { id: cancelled, reason: 'Animateur absent' });
    await createSession(media.referent, sessionFields(withPass.id, { kind: 'individuel', title: 'Rendez-vous individuel', date: '2026-06-16', capacity: 1 }));
    await createSession(media.referent, sessionFields(withPass.id, { title: 'Atelier passé', date: '2026-06-10' }));
    expect((await media.admin.call('sync.now', {})).pending).toBe(0);

    await ccas.admin.call('sync.now', {});
    const { places, linked } = await ccas.accueil.call('sync.places', {});
    expect(linked).toBe(true);
    expect(places).toEqual([
      {
        id: expect.any(String),
        name: 'Médiathèque Mitterrand',
        kind: 'mediatheque',
        communeCode: expect.any(String),
        services: [
          expect.objectContaining({ name: 'Atelier découverte', passRequired: true, pricePasses: 1, durationMin: 90 }),
          expect.objectContaining({ name: 'Permanence libre', passRequired: false }),
        ],
        workshops: [
          expect.objectContaining({ title: 'Questions libres', date: '2026-06-17', startTime: '15:00', serviceName: 'Permanence libre', passRequired: false }),
          expect.objectContaining({ title: 'Mails et pièces jointes', date: '2026-06-18', startTime: '10:00', serviceName: 'Atelier découverte', capacity: 8 }),
        ],
      },
    ]);
    // The médiathèque does not list itself.
    expect((await media.accueil.call('sync.places', {})).places.map((place) => place.name)).toEqual(['CCAS de Sète']);

    await stockedLot(ccas.referent, 1);
    const person = await register(ccas.accueil);
    await ccas.referent.call('carnets.hand-out', { beneficiaryId: person, code: 'C000001' });
    await until(async () => (await ccas.printed()).length === 1);
    const [receipt] = await ccas.printed();
    expect(receipt).toContain('Ailleurs dans la collectivité');
    expect(receipt).toContain('18/06 10:00 Mails et pièces jointes');
    expect(receipt).toContain('à Médiathèque Mitterrand');
    expect(receipt).not.toContain('Questions libres');
  });

  it('each place shows its next eight workshops, soonest first', async () => {
    const service = await media.referent.call('services.save', { name: 'Atelier tablette', themes: ['email'], defaultDurationMin: 60, passRequired: true, pricePasses: 1 });
    for (let day = 28; day >= 20; day -= 1) {
      await createSession(media.referent, sessionFields(service.id, { title: `Tablette du ${day}`, date: `2026-06-${day}`, startTime: '14:00' }));
    }
    await media.admin.call('sync.now', {});
    await ccas.admin.call('sync.now', {});
    const [place] = (await ccas.accueil.call('sync.places', {})).places;
    expect(place?.workshops.map((workshop) => workshop.title)).toEqual([
      'Questions libres',
      'Mails et pièces jointes',
      'Tablette du 20',
      'Tablette du 21',
      'Tablette du 22',
      'Tablette du 23',
      'Tablette du 24',
      'Tablette du 25',
    ]);
  });

  it('a login disabled by the hub’s administrator is disabled at every desk, its sessions end, and it cannot be enabled there', async () => {
    await setAccountDisabled(hub.pool, hub.collectivityId, 'accueil', true, 'A quitté la collectivité', new Date());
    await setAccountDisabled(hub.pool, hub.collectivityId, 'nadia', true, 'Test : le dernier administrateur reste', new Date());
    await media.admin.call('sync.now', {});
    await expect(media.accueil.call('sync.places', {})).rejects.toThrow();
    const agents = await media.admin.call('agents.list', {});
    const accueil = agents.find((agent) => agent.login === 'accueil');
    expect(accueil?.disabled).toBe(true);
    // The desk's only administrator is kept, so that the desk can still be managed.
    expect(agents.find((agent) => agent.login === 'nadia')?.disabled).toBe(false);
    await expect(media.admin.call('agents.set-disabled', { id: accueil?.id as string, disabled: false })).rejects.toThrow(/désactivé par l’administrateur du hub/);
    const audit = media.rows<{ action: string }>(`SELECT action FROM audit WHERE action LIKE 'agent.%hub%' ORDER BY seq`);
    expect(audit.map((row) => row.action)).toEqual(['agent.disabled-by-hub', 'agent.hub-disable-kept-last-admin']);

    // Enabled again at the hub: a local administrator may enable the account again.
    await setAccountDisabled(hub.pool, hub.collectivityId, 'accueil', false, 'Retour', new Date());
    await media.admin.call('sync.now', {});
    expect((await media.admin.call('agents.set-disabled', { id: accueil?.id as string, disabled: false })).disabled).toBe(false);
  });
});
