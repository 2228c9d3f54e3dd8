/**
 * When the backend's utility process dies unexpectedly it is started again after a capped exponential delay
 * (0.5 s, 1 s, 2 s … 30 s); a process that ran healthy for a minute starts the sequence over. Pure.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Uptime after `ready` that counts as healthy and resets the sequence. */
  healthyMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 30_000, healthyMs: 60_000 };

/** The delay before restart number `attempt` (0-based). */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, Math.min(attempt, 30));
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

export interface RestartDecision {
  delayMs: number;
  /** The attempt counter to keep for the next exit. */
  nextAttempt: number;
}

/**
 * Decides the delay after an unexpected exit at `now`. `readyAt` is when the process reported ready
 * (null if it never did: a process that fails while starting never resets the sequence).
 */
export function nextRestart(
  attempt: number,
  readyAt: number | null,
  now: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): RestartDecision {
  const healthy = readyAt !== null && now - readyAt >= policy.healthyMs;
  const current = healthy ? 0 : attempt;
  return { delayMs: backoffDelay(current, policy), nextAttempt: current + 1 };
}
