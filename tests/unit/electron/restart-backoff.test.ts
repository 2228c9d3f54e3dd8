import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, nextRestart } from '../../../electron/main/restart-backoff';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

describe('utility restart backoff', () => {
  it('doubles from 0.5 s and is capped at 30 s', () => {
    expect(Array.from({ length: 10 }, (_, attempt) => backoffDelay(attempt))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(1_000)).toBe(30_000);
  });

  it('keeps growing while the process fails before or soon after ready', () => {
    let attempt = 0;
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const decision = nextRestart(attempt, i % 2 === 0 ? null : 1_000, 1_000 + 59_999);
      delays.push(decision.delayMs);
      attempt = decision.nextAttempt;
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('starts over after a minute of healthy running', () => {
    const decision = nextRestart(7, 0, 60_000);
    expect(decision).toEqual({ delayMs: 500, nextAttempt: 1 });
  });
});
