import { describe, expect, it } from 'vitest';
import { longFrenchDate, mondayOf, parisInstant } from '../../../electron/common/domain/workshops/paris-time';

describe('Paris wall-clock times', () => {
  it('turns a Paris date and time into the instant, in summer and in winter time', () => {
    expect(parisInstant('2026-06-15', '14:00').toISOString()).toBe('2026-06-15T12:00:00.000Z');
    expect(parisInstant('2026-12-15', '14:00').toISOString()).toBe('2026-12-15T13:00:00.000Z');
  });

  it('takes the first of the autumn hour that happens twice, and the hour after the spring jump', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    expect(parisInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // 29 March 2026: 02:00 winter time jumps to 03:00 summer time; 02:30 does not exist.
    expect(parisInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parisInstant('2026-03-29', '00:30').toISOString()).toBe('2026-03-28T23:30:00.000Z');
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => parisInstant('2026-06-15', '25:00')).toThrow('Heure invalide : « 25:00 » (HH:MM attendu).');
  });

  it('finds the Monday of a week and writes long French dates', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(longFrenchDate('2026-11-30')).toBe('lundi 30 novembre 2026');
  });
});
