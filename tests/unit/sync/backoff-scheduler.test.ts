import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../electron/node/app/demo/demo-people';
import { fullJitterDelay, HUB_BACKOFF } from '../../../electron/node/sync/backoff';
import { SyncScheduler, type RoundOutcome } from '../../../electron/node/sync/sync-scheduler';


/** A virtual clock and timer queue driving schedulers without waiting. */
function virtualTime() {
  let now = 0;
  const timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    async runUntil(end: number) {
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.run();
        // Let the round's promise settle before the next timer.
        for (let i = 0; i < 5; i += 1) await Promise.resolve();
      }
      now = end;
    },
  };
}

const MINUTE = 60_000;

describe('backoff (S7)', () => {
  it('full jitter stays under min(cap, base·2^attempt) and reaches the 15-minute cap', () => {
    const random = seededRandom(1);
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      const ceiling = Math.min(HUB_BACKOFF.capMs, HUB_BACKOFF.baseMs * 2 ** attempt);
      for (let draw = 0; draw < 50; draw += 1) {
        const delay = fullJitterDelay(attempt, HUB_BACKOFF, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
    expect(fullJitterDelay(30, HUB_BACKOFF, () => 0.999_999)).toBeGreaterThan(14 * MINUTE);
  });

  it('with the hub down for an hour, 20 desks retry at most 15 minutes apart, then come back spread over the cap', async () => {
    const time = virtualTime();
    const hubUpAt = 60 * MINUTE;
    const attempts: number[][] = [];
    const recoveries: number[] = [];
    const schedulers = Array.from({ length: 20 }, (_, desk) => {
      attempts.push([]);
      let recovered = false;
      return new SyncScheduler({
        intervalMs: 2 * MINUTE,
        random: seededRandom(desk + 11),
        setTimer: time.setTimer,
        clearTimer: time.clearTimer,
        run: async (): Promise<RoundOutcome> => {
          attempts[desk]?.push(time.now());
          if (time.now() < hubUpAt) return 'retry';
          if (!recovered) recoveries.push(time.now());
          recovered = true;
          return 'ok';
        },
      });
    });
    for (const scheduler of schedulers) scheduler.start();
    await time.runUntil(2 * hubUpAt);

    for (const times of attempts) {
      const during = times.filter((at) => at <= hubUpAt);
      const gaps = during.slice(1).map((at, index) => at - (during[index] as number));
      expect(Math.max(...gaps)).toBeLessThanOrEqual(15 * MINUTE);
      expect(during.length).toBeGreaterThan(4);
    }
    expect(recoveries).toHaveLength(20);
    // Not all in the same second: the first and the last comeback are minutes apart, and no second holds them all.
    const spread = Math.max(...recoveries) - Math.min(...recoveries);
    expect(spread).toBeGreaterThan(5 * MINUTE);
    const perSecond = new Map<number, number>();
    for (const at of recoveries) perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(2);
  });

  it('« Synchroniser maintenant » runs at once, joins a round already running, and resets the backoff after a success', async () => {
    let calls = 0;
    let release: (() => void) | null = null;
    const scheduler = new SyncScheduler({
      intervalMs: MINUTE,
      setTimer: () => 0,
      clearTimer: () => undefined,
      run: () =>
        new Promise<RoundOutcome>((resolve) => {
          calls += 1;
          release = () => resolve(calls === 1 ? 'retry' : 'ok');
        }),
    });
    const first = scheduler.runNow();
    const joined = scheduler.runNow();
    (release as unknown as () => void)();
    expect(await first).toBe('retry');
    expect(await joined).toBe('retry');
    expect(calls).toBe(1);
    expect(scheduler.consecutiveFailures).toBe(1);
    const second = scheduler.runNow();
    (release as unknown as () => void)();
    expect(await second).toBe('ok');
    expect(scheduler.consecutiveFailures).toBe(0);
  });
});
