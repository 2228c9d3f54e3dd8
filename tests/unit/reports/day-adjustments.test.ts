import { describe, expect, it } from 'vitest';
import { diffFigures, withAdjustments, type FigureValue } from '../../../electron/common/domain/reports/day-adjustments';

const figures = (entries: Array<[string, number]>) => new Map<string, FigureValue>(entries.map(([key, value]) => [key, { label: key, value }]));

describe('adjustments of a closed day', () => {
  it('lists each figure that moved, from what the close said to what the data says', () => {
    const frozen = figures([['attendance.present', 5], ['attendance.absent', 2], ['redeemed.count', 5]]);
    const now = figures([['attendance.present', 6], ['attendance.absent', 1], ['redeemed.count', 5]]);
    expect(diffFigures(frozen, now)).toEqual([
      { key: 'attendance.present', label: 'attendance.present', before: 5, after: 6 },
      { key: 'attendance.absent', label: 'attendance.absent', before: 2, after: 1 },
    ]);
  });

  it('counts a figure that appeared or disappeared from zero', () => {
    expect(diffFigures(figures([['refusal:inconnu', 1]]), figures([['refusal:mal-lu', 2]]))).toEqual([
      { key: 'refusal:mal-lu', label: 'refusal:mal-lu', before: 0, after: 2 },
      { key: 'refusal:inconnu', label: 'refusal:inconnu', before: 1, after: 0 },
    ]);
  });

  it('compares with the close plus the adjustments already recorded, so a correction is reported once', () => {
    const frozen = figures([['attendance.present', 5]]);
    const earlier = [[{ key: 'attendance.present', label: 'Présent·es', before: 5, after: 6 }]];
    expect(diffFigures(withAdjustments(frozen, earlier), figures([['attendance.present', 6]]))).toEqual([]);
    expect(diffFigures(withAdjustments(frozen, earlier), figures([['attendance.present', 7]]))).toEqual([
      { key: 'attendance.present', label: 'attendance.present', before: 6, after: 7 },
    ]);
  });
});
