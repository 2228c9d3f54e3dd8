import { describe, expect, it } from 'vitest';
import { runSoak, type SoakOutcome } from './soak';

/** What the soak must show: nothing lost, nothing counted twice, no conflict invented by a replay. */
function expectExactlyOnce(outcome: SoakOutcome): void {
  expect(outcome.pendingAfterDrain).toBe(0);
  expect(outcome.processedOnHub).toBe(outcome.created);
  expect(outcome.acceptedOnDesks).toBe(outcome.redemptionsOnHub);
  expect(outcome.falseConflicts).toBe(0);
}

describe('fault-injection soak (S1) and its negative control (S2)', () => {
  for (const [seed, faultRate] of [
    [1, 0.3],
    [2, 0.3],
    [3, 0.3],
    [7, 0.6],
  ] as const) {
    it(`seed ${seed}, ${faultRate * 100} % of exchanges faulty, 10,000 operations: 0 lost, 0 duplicated, 0 false conflicts`, { timeout: 240_000 }, async () => {
      const outcome = await runSoak({ seed, faultRate, operations: 10_000 });
      expectExactlyOnce(outcome);
      // The faults did happen, of every kind, and sites did collide for real.
      for (const count of Object.values(outcome.faults)) expect(count).toBeGreaterThan(0);
      expect(outcome.conflictsOnDesks).toBeGreaterThan(0);
      expect(outcome.created).toBeGreaterThanOrEqual(10_000);
    });
  }

  it('against a hub without the processed-operation check, the same soak finds false conflicts', { timeout: 240_000 }, async () => {
    // A fraction of the soak is enough for replays to show up as conflicts.
    const outcome = await runSoak({ seed: 1, faultRate: 0.3, operations: 2_000, naive: true });
    expect(outcome.falseConflicts).toBeGreaterThan(0);
    expect(() => expectExactlyOnce(outcome)).toThrow();
  });
});
