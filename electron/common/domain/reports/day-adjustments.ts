/**
 * A closed day's figures are frozen. When the data of that day changes later (a session closed the next morning,
 * a scan after an early close), the difference is recorded as an adjustment: figure by figure, what the close (and
 * the adjustments before) said, and what the data says now.
 */
export interface FigureValue {
  label: string;
  value: number;
}

export interface FigureChange {
  key: string;
  label: string;
  before: number;
  after: number;
}

/** `expected` after the adjustments already recorded: their `after` values replace the frozen ones. */
export function withAdjustments(frozen: ReadonlyMap<string, FigureValue>, adjustments: ReadonlyArray<readonly FigureChange[]>): Map<string, FigureValue> {
  const current = new Map(frozen);
  for (const changes of adjustments) {
    for (const change of changes) current.set(change.key, { label: change.label, value: change.after });
  }
  return current;
}

/** The figures that differ between what was reported and what the data says now, in the order of `actual`'s keys. */
export function diffFigures(expected: ReadonlyMap<string, FigureValue>, actual: ReadonlyMap<string, FigureValue>): FigureChange[] {
  const changes: FigureChange[] = [];
  const keys = [...actual.keys(), ...[...expected.keys()].filter((key) => !actual.has(key))];
  for (const key of keys) {
    const before = expected.get(key)?.value ?? 0;
    const after = actual.get(key)?.value ?? 0;
    if (before !== after) changes.push({ key, label: actual.get(key)?.label ?? expected.get(key)?.label ?? key, before, after });
  }
  return changes;
}

/** A figure key whose value is an amount in cents (shown in euros). */
export function isAmountKey(key: string): boolean {
  return key.endsWith('valueCents');
}
