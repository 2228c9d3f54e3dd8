import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressCount } from '../../../electron/common/domain/reports/small-cells';

describe('small-cell suppression', () => {
  it('hides counts from 1 to threshold − 1 and keeps zero and larger counts', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressCount(n, 5))).toEqual([0, '< 5', '< 5', 5, 12]);
    expect(suppressCount(9, 10)).toBe('< 10');
  });

  it('hides a second cell when only one is small, so that it cannot be found by subtracting from the total', () => {
    // total 30: 20 + 7 + 3; hiding 3 alone would leave 30 − 20 − 7 = 3.
    expect(suppressBreakdown([20, 7, 3], 5)).toEqual([20, '< 5', '< 5']);
    // The secondary cell is the smallest other non-zero one.
    expect(suppressBreakdown([9, 40, 2, 0], 5)).toEqual(['< 5', 40, '< 5', 0]);
  });

  it('needs no secondary cell when two or more are already hidden, or none', () => {
    expect(suppressBreakdown([20, 3, 2], 5)).toEqual([20, '< 5', '< 5']);
    expect(suppressBreakdown([20, 7, 0], 5)).toEqual([20, 7, 0]);
  });

  it('hides every cell, zeros included, when the whole group is small', () => {
    // One person, female: zeros elsewhere would tell her genre.
    expect(suppressBreakdown([1, 0, 0], 5)).toEqual(['< 5', '< 5', '< 5']);
    expect(suppressBreakdown([0, 0, 0], 5)).toEqual([0, 0, 0]);
  });
});
