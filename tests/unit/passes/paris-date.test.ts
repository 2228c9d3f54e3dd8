import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysFromTo,
  frenchDate,
  IsoDateSchema,
  parisDate,
  parisTime,
} from '../../../electron/common/domain/passes/paris-date';

describe('IsoDateSchema', () => {
  it('accepts real calendar dates', () => {
    expect(IsoDateSchema.parse('2027-01-31')).toBe('2027-01-31');
    expect(IsoDateSchema.parse('2028-02-29')).toBe('2028-02-29');
  });

  it('refuses malformed or impossible dates in French', () => {
    for (const value of ['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '31/01/2027', '2027-1-31', '']) {
      const result = IsoDateSchema.safeParse(value);
      expect(result.success, value).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.message).toBe('Date invalide (JJ/MM/AAAA).');
    }
  });
});

describe('parisDate and parisTime', () => {
  it('changes day at midnight Paris time in winter (UTC+1)', () => {
    expect(parisDate(new Date('2027-01-31T22:59:59Z'))).toBe('2027-01-31');
    expect(parisTime(new Date('2027-01-31T22:59:59Z'))).toBe('23:59');
    expect(parisDate(new Date('2027-01-31T23:00:00Z'))).toBe('2027-02-01');
    expect(parisTime(new Date('2027-01-31T23:00:00Z'))).toBe('00:00');
  });

  it('changes day at midnight Paris time in summer (UTC+2)', () => {
    expect(parisDate(new Date('2027-07-14T21:59:59Z'))).toBe('2027-07-14');
    expect(parisDate(new Date('2027-07-14T22:00:00Z'))).toBe('2027-07-15');
    expect(parisTime(new Date('2027-07-14T22:00:00Z'))).toBe('00:00');
  });

  it('follows the DST changes', () => {
    // 28 March 2027: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    expect(parisTime(new Date('2027-03-28T00:59:00Z'))).toBe('01:59');
    expect(parisTime(new Date('2027-03-28T01:00:00Z'))).toBe('03:00');
    // 31 October 2027: 03:00 CEST becomes 02:00 CET (01:00 UTC).
    expect(parisTime(new Date('2027-10-31T00:30:00Z'))).toBe('02:30');
    expect(parisTime(new Date('2027-10-31T01:30:00Z'))).toBe('02:30');
    expect(parisDate(new Date('2027-12-31T23:30:00Z'))).toBe('2028-01-01');
  });
});

describe('date arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // over the DST change
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-05-15', 12)).toBe('2028-05-15');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
  });

  it('counts whole days between dates', () => {
    expect(daysFromTo('2026-12-01', '2026-12-31')).toBe(30);
    expect(daysFromTo('2026-12-31', '2026-12-01')).toBe(-30);
    expect(daysFromTo('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysFromTo('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysFromTo('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('formats dates the French way', () => {
    expect(frenchDate('2027-01-31')).toBe('31/01/2027');
    expect(frenchDate('2027-02-01')).toBe('01/02/2027');
  });

  it('throws on an invalid date', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => frenchDate('31/01/2027')).toThrow(RangeError);
  });
});
