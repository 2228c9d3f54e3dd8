import { formatCount } from '../../../../../electron/common/documents/a4-document';

/** 750 minutes → « 12 h 30 »; whole hours → « 12 h ». */
export function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${formatCount(hours)}\u00A0h` : `${formatCount(hours)}\u00A0h\u00A0${rest.toString().padStart(2, '0')}`;
}

/** Whether `count` out of `total` reaches `targetPercent` (exactly, without rounding). */
export function reachesTarget(count: number, total: number, targetPercent: number): boolean {
  return total > 0 && count * 100 >= targetPercent * total;
}

/** How many more people the share needs to reach `targetPercent`. */
export function missingForTarget(count: number, total: number, targetPercent: number): number {
  return Math.max(0, Math.ceil((targetPercent * total) / 100) - count);
}
