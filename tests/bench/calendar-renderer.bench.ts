import { ensureRendererBuilt } from '../../electron/node/host/renderer-build';
import { PROJECT_ROOT } from '../support/paths';
import { serve } from '../support/serve-process';
import { webSocketClient } from '../support/test-client';
import { percentile, result, type BenchResult } from './bench-types';
import { launchChromium, loginPage } from './chromium';

const SESSIONS = 500;
const ROUNDS = 30;
const TARGET_MS = 200;
/** A month with nothing else in it: the demo's sessions are around today. */
const MONTH = '2031-03';
const EMPTY_MONTH = '2031-05';

/**
 * Runs in the page: switches the calendar between an empty month and the full one, timing each switch to the full
 * month from the address change to the first frame painted after the month grid shows its sessions (the
 * `workshops.calendar` call over the WebSocket, grouping by day, React's render, layout and paint).
 */
const MEASURE_IN_PAGE = String.raw`async ({ rounds, full, empty, expected }) => {
  const settled = (date, wanted) => new Promise((resolve) => {
    const done = () => {
      const grid = document.querySelector('[data-testid="calendar-month"]');
      const section = grid && grid.closest('section');
      const ready = grid && section && section.getAttribute('aria-busy') !== 'true'
        && document.querySelector('[data-testid="calendar-month-day"][data-date="' + date + '-15"]') !== null
        && grid.querySelectorAll('[data-testid="calendar-session"]').length === wanted;
      if (!ready) return false;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    done();
  });
  const go = (date) => { window.location.hash = '#/ateliers?vue=mois&date=' + date + '-01'; };
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    go(empty);
    await settled(empty, 0);
    const start = performance.now();
    go(full);
    times.push((await settled(full, expected)) - start);
  }
  return times;
}`;

/** The calendar's month view with 500 sessions, in Debian's Chromium against browser mode. */
export async function run(): Promise<BenchResult[]> {
  await ensureRendererBuilt(PROJECT_ROOT, () => undefined);
  const { app, stop } = await serve(['--demo']);
  const browser = await launchChromium();
  const address = new URL(app.url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const client = await webSocketClient(Number(address.port), token);
  try {
    await client.call('auth.login', { login: 'mediateur', password: 'demo-mediateur-2026' });
    const services = await client.call('services.list', {});
    const serviceId = services[0]?.id;
    if (!serviceId) throw new Error('demo services missing');
    // 100 weekly series of 5 weeks from Monday 3 March 2031: 500 sessions, 20 a day on weekdays.
    for (let i = 0; i < SESSIONS / 5; i += 1) {
      const day = 3 + (i % 5);
      const hour = 8 + Math.floor(i / 5) % 10;
      await client.call('workshops.create', {
        fields: { kind: 'collectif', title: `Atelier ${i + 1}`, serviceId, date: `${MONTH}-${String(day).padStart(2, '0')}`, startTime: `${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, durationMin: 60, capacity: 8 },
        weeks: 5,
      });
    }
    // Each weekday cell shows 3 sessions and a « + N autres » link.
    const expected = 25 * 3;
    const page = await loginPage(browser, app, 'mediateur', 'demo-mediateur-2026');
    const samples = (await page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify({ rounds: ROUNDS, full: MONTH, empty: EMPTY_MONTH, expected })})`)) as number[];
    return [result(`Calendrier : vue du mois avec ${SESSIONS} séances affichée (Chromium) p90`, 'ms', percentile(samples, 90), TARGET_MS)];
  } finally {
    client.close();
    await browser.close();
    await stop();
  }
}
