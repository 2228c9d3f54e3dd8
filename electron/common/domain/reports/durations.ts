/** La Coop's duration ranges for its statistics (research/domain.md §3.2). */
export const DURATION_RANGES = [
  ['moins-30', 'Moins de 30 min', 0, 30],
  ['30-60', '30 min à 1 h', 30, 60],
  ['60-120', '1 h à 2 h', 60, 120],
  ['plus-120', '2 h et plus', 120, Number.POSITIVE_INFINITY],
] as const;

export type DurationRange = (typeof DURATION_RANGES)[number][0];

export function durationRange(minutes: number): DurationRange {
  const range = DURATION_RANGES.find(([, , min, max]) => minutes >= min && minutes < max);
  return range ? range[0] : 'plus-120';
}
