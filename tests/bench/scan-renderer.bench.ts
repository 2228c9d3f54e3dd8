import { honeywellReports } from '../../electron/node/devices/fake/hid-pos-reports';
import { ensureRendererBuilt } from '../../electron/node/host/renderer-build';
import { PROJECT_ROOT } from '../support/paths';
import { serve } from '../support/serve-process';
import { percentile, result, type BenchResult } from './bench-types';
import { launchChromium, loginPage } from './chromium';

const WARMUP = 30;
const ROUNDS = 300;
const TARGET_MS = 15;

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Runs in the page: sends each scan's reports to the hook, resolves when the app has rendered that scan. */
const MEASURE_IN_PAGE = String.raw`async ({ scans, wsUrl }) => {
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  const announcement = document.querySelector('[data-testid="scan-announcement"]');
  if (!announcement) throw new Error('scan announcement missing');
  const times = [];
  for (let i = 0; i < scans.length; i += 1) {
    const scan = scans[i];
    const rendered = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!announcement.textContent.includes(scan.code)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(announcement, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    socket.send(JSON.stringify({ v: 1, id: i + 1, method: 'test.scanner.emit', input: { hidReports: scan.reports } }));
    times.push((await rendered) - start);
  }
  socket.close();
  return times;
}`;

/**
 * A scan in the renderer, end to end in browser mode: `npm run serve -- --demo --fake-devices --test-hooks`,
 * Debian's Chromium on the Périphériques page (whose trial zone takes every scan). Each sample is timed in the
 * page, from sending the raw HID POS reports to the simulated scanner (a `test.scanner.emit` request on a
 * second WebSocket) to the moment the app has rendered the scan (the scan announcement updated in the DOM).
 * So it counts the hook's way in, the real driver's parsing, the event over the WebSocket carrier, the
 * renderer's client, the scan bus and React's render: an upper bound of "HID report → `scanner.scanned` in the
 * renderer". USB polling and hidraw, which no machine here has, are not in it.
 */
export async function run(): Promise<BenchResult[]> {
  await ensureRendererBuilt(PROJECT_ROOT, () => undefined);
  const { app, stop } = await serve(['--demo']);
  const browser = await launchChromium();
  try {
    const page = await loginPage(browser, app, 'admin', 'demo-admin-2026');
    await page.getByRole('link', { name: 'Périphériques', exact: true }).click();
    await page.getByRole('heading', { name: 'Lecteur de codes-barres' }).waitFor();

    const scans = Array.from({ length: WARMUP + ROUNDS }, (_, i) => {
      const code = String(3_000_000_000_000 + i);
      return { code, reports: honeywellReports(']E0', code).map(hex) };
    });
    const address = new URL(app.url);
    const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
    const wsUrl = `ws://${address.host}/ws?token=${encodeURIComponent(token)}`;
    // A string, not a function: tsx would wrap a function's inner helpers with a `__name` the page lacks.
    const samples = (await page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify({ scans, wsUrl })})`)) as number[];
    return [result('Scan HID → affiché dans le navigateur (Chromium, WebSocket) p99', 'ms', percentile(samples.slice(WARMUP), 99), TARGET_MS)];
  } finally {
    await browser.close();
    await stop();
  }
}
