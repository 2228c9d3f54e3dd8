import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemoHub, type DemoDesk, type DemoHub } from '../../../electron/node/host/demo-hub';
import { TEST_HASHING, makeTempDir } from '../../support/test-backend';
import { webSocketClient, type TestClient } from '../../support/test-client';

/**
 * `npm run demo:hub` (its startDemoHub()): a throwaway PostgreSQL, the hub, two seeded demo desks served in browser
 * mode and enrolled. Driven through the desks' own addresses (WebSocket carrier with the printed token), as the
 * visitor would: the CCAS hands out the carnet the demo suggests, the médiathèque signs its holder in.
 */
const folder = makeTempDir('guichet-demo-hub-');
const clients: TestClient[] = [];
let demo: DemoHub | null = null;

afterAll(async () => {
  for (const client of clients) client.close();
  await demo?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function open(desk: DemoDesk, login: string, password: string): Promise<TestClient> {
  const address = new URL(desk.url);
  const client = await webSocketClient(Number(address.port), new URLSearchParams(address.hash.slice(1)).get('token'));
  clients.push(client);
  await client.call('auth.login', { login, password });
  return client;
}

async function personId(client: TestClient, prenom: string, nom: string): Promise<string> {
  const found = (await client.call('beneficiaries.search', { query: nom, limit: 30 })).find((person) => person.prenom === prenom);
  if (!found) throw new Error(`${prenom} ${nom} not found`);
  return found.id;
}

describe('npm run demo:hub', () => {
  it('starts a hub and two linked demo desks; a carnet handed out at the CCAS is signed in at the médiathèque; stop cleans up', async () => {
    // The renderer is not needed to drive the desks: an empty page stands in for the build.
    const rendererDir = path.join(folder, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Guichet</title>');
    demo = await startDemoHub({ dataDir: path.join(folder, 'data'), rendererDir, passwordHashing: TEST_HASHING, syncIntervalMs: 3_600_000 });
    const { ccas, mediatheque, visit } = demo;
    expect(ccas.site).toMatchObject({ kind: 'ccas' });
    expect(mediatheque.site).toMatchObject({ kind: 'mediatheque' });
    expect(mediatheque.site.name).not.toBe(ccas.site.name);

    // Both desks are linked to the hub, with nothing left to send.
    const ccasAdmin = await open(ccas, 'admin', 'demo-admin-2026');
    const mediaAdmin = await open(mediatheque, 'admin', 'demo-admin-2026');
    for (const [client, desk] of [[ccasAdmin, ccas], [mediaAdmin, mediatheque]] as const) {
      const status = await client.call('sync.status', {});
      expect(status).toMatchObject({ state: 'idle', pending: 0, hub: { url: new URL(demo.hubUrl).toString(), siteName: desk.site.name } });
    }

    // The CCAS hands the suggested carnet to the person the demo prepared, and uploads it.
    const ccasReferent = await open(ccas, 'referent', 'demo-referent-2026');
    const handed = await ccasReferent.call('carnets.hand-out', {
      beneficiaryId: await personId(ccasReferent, visit.person.prenom, visit.person.nom),
      code: visit.carnet,
      printReceipt: false,
    });
    expect(handed.carnet.passes[0]?.number).toBe(visit.firstPass);
    expect((await ccasAdmin.call('sync.now', {})).pending).toBe(0);

    // The médiathèque pulls: it knows the pass was handed out at the CCAS (not to whom), and signs its holder in.
    await mediaAdmin.call('sync.now', {});
    const mediateur = await open(mediatheque, 'mediateur', 'demo-mediateur-2026');
    const agathe = await personId(mediateur, visit.person.prenom, visit.person.nom);
    const [booking] = await mediateur.call('bookings.of-person', { beneficiaryId: agathe });
    expect(booking?.session).toMatchObject({ title: visit.session.title, startTime: visit.session.startTime });
    const sessionId = booking?.session.id as string;
    const alone = await mediateur.call('signin.scan', { sessionId, code: visit.firstPass });
    expect(alone).toMatchObject({ outcome: 'refused', message: expect.stringContaining(`carnet remis à ${ccas.site.name}`) });
    const signedIn = await mediateur.call('signin.scan', { sessionId, code: visit.firstPass, expectedBeneficiaryId: agathe });
    expect(signedIn).toMatchObject({ outcome: 'present', passNumber: visit.firstPass, hub: { status: 'accepted' } });

    // Stopping closes the hub and the desks' addresses, and removes the throwaway database.
    const { postgresFolder, hubUrl } = demo;
    expect(existsSync(postgresFolder)).toBe(true);
    await demo.stop();
    demo = null;
    expect(existsSync(postgresFolder)).toBe(false);
    for (const url of [hubUrl, ccas.url, mediatheque.url]) await expect(fetch(url)).rejects.toThrow();
  }, 60_000);
});
