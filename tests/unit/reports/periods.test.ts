import { describe, expect, it } from 'vitest';
import { daysOf, frenchMonth, instantRange, monthPeriod, monthsOf, presetPeriod } from '../../../electron/common/domain/reports/periods';

describe('report periods in Europe/Paris', () => {
  it('bounds a winter day and a summer day at Paris midnight', () => {
    expect(instantRange({ from: '2027-01-15', to: '2027-01-15' })).toEqual({ start: '2027-01-14T23:00:00.000Z', end: '2027-01-15T23:00:00.000Z' });
    expect(instantRange({ from: '2027-07-15', to: '2027-07-15' })).toEqual({ start: '2027-07-14T22:00:00.000Z', end: '2027-07-15T22:00:00.000Z' });
  });

  it('gives the days of the clock changes their 23 and 25 hours', () => {
    const spring = instantRange({ from: '2027-03-28', to: '2027-03-28' });
    expect(spring).toEqual({ start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T22:00:00.000Z' });
    expect(Date.parse(spring.end) - Date.parse(spring.start)).toBe(23 * 3_600_000);
    const autumn = instantRange({ from: '2026-10-25', to: '2026-10-25' });
    expect(autumn).toEqual({ start: '2026-10-24T22:00:00.000Z', end: '2026-10-25T23:00:00.000Z' });
    expect(Date.parse(autumn.end) - Date.parse(autumn.start)).toBe(25 * 3_600_000);
  });

  it('names months, quarters, years and weeks from Monday', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('trimestre', '2027-05-10')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(presetPeriod('annee', '2027-05-10')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(presetPeriod('semaine', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(monthsOf({ from: '2026-11-20', to: '2027-02-03' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(daysOf({ from: '2026-12-30', to: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(frenchMonth('2027-08')).toBe('août 2027');
  });
});
