import { describe, expect, it } from 'vitest';
import { decideProvisional } from '../../../electron/common/sync/provisional-policy';

const now = new Date('2026-06-15T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('a pass whose hand-out is not known here: the site’s policy', () => {
  it('accepts it while the hub’s data is younger than the limit', () => {
    expect(decideProvisional('1000000025', 7, daysAgo(6.9), now)).toEqual({ allowed: true });
    expect(decideProvisional('1000000025', 1, daysAgo(0.5), now)).toEqual({ allowed: true });
  });

  it('refuses it from the limit on, saying how old the data is', () => {
    expect(decideProvisional('1000000025', 7, daysAgo(7), now)).toEqual({
      allowed: false,
      message: expect.stringContaining('les données du hub datent de 7 jours (7 au plus pour un pass à confirmer)'),
    });
    expect(decideProvisional('1000000025', 2, daysAgo(2.5), now)).toMatchObject({ message: expect.stringContaining('datent de 2 jours') });
  });

  it('refuses it when the site says never, or when nothing was ever received from the hub', () => {
    expect(decideProvisional('1000000025', 0, daysAgo(0), now)).toMatchObject({ allowed: false, message: expect.stringContaining('n’accepte pas les pass à confirmer') });
    expect(decideProvisional('1000000025', 7, null, now)).toMatchObject({ allowed: false, message: expect.stringContaining('aucune donnée du hub reçue') });
  });
});
