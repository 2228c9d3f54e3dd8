/** Retry timing of the upload (research/reliability.md §1.3, step 5; AWS "full jitter"). */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** After a failed exchange with the hub: 2 s doubling, capped at 15 minutes. */
export const HUB_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 15 * 60_000 };
/** An operation the hub asked to send again later (its dependency has not arrived yet). */
export const RETRY_LATER_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 30 * 60_000 };
/** An operation the hub cannot read yet: it will after its upgrade, which takes days rather than minutes. */
export const UPGRADE_BACKOFF: BackoffPolicy = { baseMs: 15 * 60_000, capMs: 6 * 3600_000 };

/**
 * Full jitter: a uniform delay in [0, min(cap, base·2^attempt)). `attempt` counts the failures so far (1 after the
 * first). Spreads the desks' retries after the hub comes back instead of bringing them all in the same second.
 */
export function fullJitterDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.floor(random() * ceiling);
}

/** The regular rhythm when all goes well: the interval ± 20 %, so that desks do not call the hub in step. */
export function jitteredInterval(intervalMs: number, random: () => number = Math.random): number {
  return Math.round(intervalMs * (0.8 + 0.4 * random()));
}
