import { parisDate } from '../../electron/common/domain/passes/paris-date';
import { ensureRendererBuilt } from '../../electron/node/host/renderer-build';
import { PROJECT_ROOT } from '../support/paths';
import { serve } from '../support/serve-process';
import { webSocketClient, type TestClient } from '../support/test-client';
import { percentile, result, type BenchResult } from './bench-types';
import { launchChromium, loginPage } from './chromium';

const WARMUP = 20;
/** A session holds 200 people at most. */
const ROUNDS = 180;
const TARGET_MS = 50;
/** Between two people at the door: a queue moves at a person every few seconds, not every few milliseconds. */
const PAUSE_MS = 400;
const passNumber = (i: number) => `BP${String(i + 1).padStart(6, '0')}`;

/** Runs in the page: sends each scan to the simulated scanner, resolves when the door screen shows it « Présent·e ». */
const MEASURE_IN_PAGE = String.raw`async ({ codes, wsUrl, pauseMs }) => {
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  const times = [];
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i];
    const shown = () => {
      const banner = document.querySelector('[data-outcome="present"]');
      return banner !== null && banner.textContent.includes(code);
    };
    const rendered = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    socket.send(JSON.stringify({ v: 1, id: i + 1, method: 'test.scanner.emit', input: { code } }));
    times.push((await rendered) - start);
    // The next person steps up: the screen has settled (list reloaded) before the next scan, as at the door.
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  socket.close();
  return times;
}`;

/** A session of today with as many people as rounds, each holding a carnet of one pass. */
async function prepareSession(client: TestClient, count: number): Promise<string> {
  await client.call('auth.login', { login: 'referent', password: 'demo-referent-2026' });
  const issuer = await client.call('stock.save-issuer', { name: 'Banc d’essai', carnetRule: { pattern: 'B\\d{6}', checkDigit: 'none' }, passRule: { pattern: 'BP\\d{6}', checkDigit: 'none' } });
  const today = parisDate(new Date());
  const lot = await client.call('stock.create-lot', {
    issuerId: issuer.id,
    reference: 'BANC',
    faceValueCents: 1000,
    carnetSize: 1,
    validUntil: `${Number(today.slice(0, 4)) + 1}-12-31`,
    graceUntil: `${Number(today.slice(0, 4)) + 2}-01-31`,
    blockDays: 15,
    warningDays: 30,
  });
  await client.call('stock.add-range', { lotId: lot.id, firstCarnet: 'B000001', carnetCount: count, firstPass: passNumber(0) });
  for (let i = 0; i < count; i += 1) {
    const { beneficiary } = await client.call('beneficiaries.create', { fields: { nom: `Essai${i}`, prenom: 'Banc' }, confirmDuplicate: true });
    if (!beneficiary) throw new Error('bench person not created');
    await client.call('carnets.hand-out', { beneficiaryId: beneficiary.id, code: `B${String(i + 1).padStart(6, '0')}`, printReceipt: false });
  }
  const service = await client.call('services.save', { name: 'Atelier du banc d’essai', defaultDurationMin: 90, passRequired: true });
  const [session] = await client.call('workshops.create', {
    fields: { kind: 'collectif', title: 'Banc d’essai', serviceId: service.id, date: today, startTime: '08:00', durationMin: 90, capacity: count },
  });
  if (!session) throw new Error('bench session not created');
  return session.id;
}

/**
 * The sign-in at the door, end to end in browser mode: Debian's Chromium on the « Émargement » screen of a session;
 * each sample is timed in the page, from sending a pass number to the simulated scanner (a `test.scanner.emit`
 * request on a second WebSocket) to the moment the screen shows « Présent·e » with that pass: the scan event, the
 * renderer's scan bus, the `signin.scan` call (checked, redeemed, present: one committed transaction) and React's
 * render of the answer.
 */
export async function run(): Promise<BenchResult[]> {
  await ensureRendererBuilt(PROJECT_ROOT, () => undefined);
  const { app, stop } = await serve(['--demo']);
  const browser = await launchChromium();
  const address = new URL(app.url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const client = await webSocketClient(Number(address.port), token);
  try {
    const sessionId = await prepareSession(client, WARMUP + ROUNDS);
    const page = await loginPage(browser, app, 'mediateur', 'demo-mediateur-2026');
    await page.evaluate(`window.location.hash = '#/emargement/${sessionId}'`);
    await page.getByRole('heading', { name: 'Banc d’essai' }).waitFor();
    const codes = Array.from({ length: WARMUP + ROUNDS }, (_, i) => passNumber(i));
    const wsUrl = `ws://${address.host}/ws?token=${encodeURIComponent(token)}`;
    const samples = (await page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify({ codes, wsUrl, pauseMs: PAUSE_MS })})`)) as number[];
    return [result('Émargement : scan → « Présent·e » affiché (Chromium, pass utilisé et enregistré) p99', 'ms', percentile(samples.slice(WARMUP), 99), TARGET_MS)];
  } finally {
    client.close();
    await browser.close();
    await stop();
  }
}
