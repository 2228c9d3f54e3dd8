import { fullJitterDelay, HUB_BACKOFF, jitteredInterval, type BackoffPolicy } from './backoff';

/** How a sync round ended, for the next one's timing. */
export type RoundOutcome =
  /** All went well: next round after the regular interval (with jitter). */
  | 'ok'
  /** The hub could not be reached or failed: next round after a full-jitter backoff. */
  | 'retry'
  /** Nothing to do until someone acts (not enrolled, desk revoked): no timer. */
  | 'stop';

export interface SchedulerOptions {
  run: () => Promise<RoundOutcome>;
  /** Regular interval between rounds when all goes well. */
  intervalMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Called with each delay chosen (tests, logs). */
  onScheduled?: (delayMs: number, failures: number) => void;
}

/**
 * When the desk talks to the hub: every `intervalMs` ± 20 % while all goes well; after a failure, a full-jitter
 * capped exponential backoff (so that, after an outage, the desks come back spread over the cap rather than all in
 * the same second); never two rounds at once; `runNow` (« Synchroniser maintenant ») runs at once and starts the
 * rhythm again.
 */
export class SyncScheduler {
  private timer: unknown = null;
  private running: Promise<RoundOutcome> | null = null;
  private failures = 0;
  private stopped = true;
  private readonly random: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: SchedulerOptions) {
    this.random = options.random ?? Math.random;
    this.setTimer =
      options.setTimer ??
      ((callback, ms) => {
        const handle = setTimeout(callback, ms);
        handle.unref();
        return handle;
      });
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Starts the rhythm: a first round soon (jittered within the interval's first tenth). */
  start(): void {
    this.stopped = false;
    this.schedule(Math.floor(this.random() * (this.options.intervalMs / 10)));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Runs a round now (or joins the one running) and reschedules after it. */
  async runNow(): Promise<RoundOutcome> {
    if (this.running) return this.running;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.running = this.options.run().catch((): RoundOutcome => 'retry');
    try {
      const outcome = await this.running;
      this.after(outcome);
      return outcome;
    } finally {
      this.running = null;
    }
  }

  private after(outcome: RoundOutcome): void {
    if (outcome === 'stop') {
      this.failures = 0;
      return;
    }
    if (outcome === 'ok') {
      this.failures = 0;
      this.schedule(jitteredInterval(this.options.intervalMs, this.random));
      return;
    }
    this.failures += 1;
    this.schedule(fullJitterDelay(this.failures, this.options.backoff ?? HUB_BACKOFF, this.random));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.options.onScheduled?.(delayMs, this.failures);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.runNow();
    }, delayMs);
  }
}
