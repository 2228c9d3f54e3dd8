import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReportsEnv, type ReportsEnv } from './reports-env';

const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const NO_FILTER = { lotId: null, issuerId: null, serviceId: null };

describe('period reports', () => {
  let s: ReportsEnv;
  beforeEach(async () => {
    s = await startReportsEnv();
    // The sessions are closed, which writes their activities (La Coop's model).
    await s.at('2026-06-15T16:00:00Z');
    await s.mediateur.call('workshops.close', { id: s.morning.id });
    await s.mediateur.call('workshops.close', { id: s.afternoon.id });
  });
  afterEach(() => s.close());

  it('counts passes, carnets, activities and the people reached exactly', async () => {
    const report = await s.referent.call('reports.period', { period: JUNE, filters: NO_FILTER });
    expect(report.passes).toEqual({ carnetsDistributed: 2, passesDistributed: 6, distributedValueCents: 6000, redeemed: 2, redeemedValueCents: 2000 });
    expect(report.redeemedByService).toEqual([{ key: s.withPass.id, label: 'Atelier découverte', count: 2, valueCents: 2000 }]);
    expect(report.redeemedByIssuer).toEqual([{ key: expect.any(String), label: 'APTIC', count: 2, valueCents: 2000 }]);
    expect(report.carnets).toEqual({ distributed: 2, started: 2, usedUp: 0, expired: 0, unusedValueCents: 0, remainingValueCents: 4000 });
    expect(report.activities).toMatchObject({ total: 2, collective: 2, individual: 0, accompaniments: 3, newPeople: 3, followedPeople: 0, totalMinutes: 150 });
    expect(report.activities.durations.find((line) => line.code === '60-120')).toMatchObject({ activities: 2, accompaniments: 3 });
    expect(report.activities.themes).toEqual([
      { code: 'navigation-internet', label: 'Navigation sur internet', activities: 1, accompaniments: 2 },
      { code: 'demarches-administratives', label: 'Aide aux démarches administratives', activities: 1, accompaniments: 1 },
    ]);
    expect(report.activities.places).toEqual([{ code: '34301', label: 'CCAS de Sète', activities: 2, accompaniments: 3 }]);
    const counts = (lines: Array<{ code: string; count: number }>) => Object.fromEntries(lines.filter((line) => line.count > 0).map((line) => [line.code, line.count]));
    expect(report.people.reached).toBe(3);
    expect(counts(report.people.ageBands)).toEqual({ '70-plus': 1, '25-39': 1, '18-24': 1 });
    expect(counts(report.people.genres)).toEqual({ feminin: 1, masculin: 1, 'non-communique': 1 });
    expect(counts(report.people.socialStatuses)).toEqual({ retraite: 1, 'en-emploi': 1, 'sans-emploi': 1 });
    expect(report.people.communes).toEqual([{ code: '34301', label: 'Sète', count: 3 }]);
    expect(counts(report.people.criteria)).toEqual({ senior: 1, 'jeune-eloigne-emploi': 1 });
    expect(report.people.priority).toEqual({ count: 2, targetPercent: 50 });
    expect(report.people.qpv).toEqual({ count: 1 });
    expect(report.series.unit).toBe('jour');
    expect(report.series.points.find((point) => point.key === '2026-06-15')).toEqual({ key: '2026-06-15', label: '15/06', redeemed: 2, accompaniments: 3 });
    expect(report.series.points.reduce((total, point) => total + point.redeemed, 0)).toBe(2);
  });

  it('filters by service: only its passes and activities, and the people who attended them', async () => {
    const report = await s.referent.call('reports.period', { period: JUNE, filters: { ...NO_FILTER, serviceId: s.free.id } });
    expect(report.filters.service).toBe('Numérique pour Tous');
    expect(report.passes.redeemed).toBe(0);
    expect(report.activities).toMatchObject({ total: 1, accompaniments: 1 });
    expect(report.people.reached).toBe(1);
  });

  it('a year report is per month, and a period without data counts zero everywhere', async () => {
    const year = await s.referent.call('reports.period', { period: { from: '2026-01-01', to: '2026-12-31' }, filters: NO_FILTER });
    expect(year.series.unit).toBe('mois');
    expect(year.series.points).toHaveLength(12);
    expect(year.series.points[5]).toMatchObject({ key: '2026-06', label: 'juin 2026', redeemed: 2, accompaniments: 3 });
    const empty = await s.referent.call('reports.period', { period: { from: '2026-05-01', to: '2026-05-31' }, filters: NO_FILTER });
    expect(empty.passes.redeemed).toBe(0);
    expect(empty.people.reached).toBe(0);
    expect(empty.activities.total).toBe(0);
  });

  it('the régie statement lists each redeemed pass and its total is the sum of its lines', async () => {
    const [issuer] = (await s.referent.call('reports.filter-options', {})).issuers;
    const statement = await s.referent.call('reports.regie', { month: '2026-06', issuerId: issuer?.id ?? '' });
    expect(statement.lines.map((line) => [line.date, line.time, line.serviceName, line.lotReference, line.valueCents])).toEqual([
      ['2026-06-15', '13:55', 'Atelier découverte', 'CMD-2026-01', 1000],
      ['2026-06-15', '13:55', 'Atelier découverte', 'CMD-2026-01', 1000],
    ]);
    expect(statement.count).toBe(2);
    expect(statement.totalCents).toBe(statement.lines.reduce((total, line) => total + line.valueCents, 0));
    expect(statement.totalCents).toBe(2000);
    const july = await s.referent.call('reports.regie', { month: '2026-07', issuerId: issuer?.id ?? '' });
    expect(july).toMatchObject({ count: 0, totalCents: 0, lines: [] });
  });
});
