/** One benchmark figure: `ok` is value < target (and value ≥ floor when the figure has one). */
export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  target: number;
  floor?: number;
  ok: boolean;
}

export function result(name: string, unit: string, value: number, target: number, floor?: number): BenchResult {
  const ok = value < target && (floor === undefined || value >= floor);
  return { name, unit, value: Math.round(value * 1000) / 1000, target, ...(floor === undefined ? {} : { floor }), ok };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
