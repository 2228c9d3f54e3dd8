import { describe, expect, it } from 'vitest';
import { backupDatesToKeep, isoWeek } from '../../../db/backup-retention';

function days(from: string, count: number): string[] {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

describe('backup retention', () => {
  it('keeps every backup while there are seven or fewer', () => {
    const dates = days('2026-11-16', 7);
    expect([...backupDatesToKeep(dates)].sort()).toEqual(dates);
  });

  it('keeps the last 7 days and the newest backup of each of the 4 weeks before', () => {
    const dates = days('2026-09-01', 83); // up to 2026-11-22, a Sunday
    const kept = [...backupDatesToKeep(dates)].sort();
    expect(kept).toEqual([
      '2026-10-25', // Sunday, newest of week 43
      '2026-11-01', // week 44
      '2026-11-08', // week 45
      '2026-11-15', // week 46
      ...days('2026-11-16', 7), // the 7 daily: Monday 16 to Sunday 22 (week 47)
    ]);
    expect(kept).not.toContain('2026-11-14'); // one backup per older week, the newest
  });

  it('labels ISO weeks across a year boundary', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-11-22')).toBe('2026-W47');
  });
});
