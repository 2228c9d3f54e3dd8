import type { Breakdown, PeriodReportDto, ReportFilters, ReportLine } from '../../../common/contract';
import { GENRE_LABELS } from '../../../common/contract';
import { AGE_BANDS, ageBand } from '../../../common/domain/beneficiaries/criteria';
import { COOP_THEMATIQUES } from '../../../common/domain/workshops/coop';
import { DURATION_RANGES, durationRange } from '../../../common/domain/reports/durations';
import { AGE_BAND_LABELS } from '../../../common/domain/reports/people-labels';
import { daysFromTo, type IsoDate } from '../../../common/domain/passes/paris-date';
import { daysOf, frenchMonth, instantRange, monthPeriod, monthsOf, type DayPeriod } from '../../../common/domain/reports/periods';
import { SOCIAL_STATUSES, SOCIAL_STATUS_LABELS } from '../../../common/domain/reports/social-status';
import { frenchDate } from '../../../common/domain/passes/paris-date';
import {
  activityFacts,
  carnetLife,
  distributedInPeriod,
  peopleReached,
  redeemedCount,
  redeemedGroups,
  type ActivityFactRow,
  type PeriodParams,
  type PersonFactRow,
} from '../../../../db/repositories/period-report.repo';
import type { GuichetDatabase } from '../../../../db/types';

/** Labels the report needs from outside the database rows. */
export interface ReportLabels {
  siteName: string;
  communeName(code: string): string;
  criteria: ReadonlyArray<{ code: string; label: string }>;
  filterNames: PeriodReportDto['filters'];
}

export function periodParams(period: DayPeriod, filters: ReportFilters): PeriodParams {
  return { ...instantRange(period), from: period.from, to: period.to, lotId: filters.lotId, issuerId: filters.issuerId, serviceId: filters.serviceId };
}

/** Per day up to 62 days, per month beyond. */
const DAILY_SERIES_MAX_DAYS = 62;

function series(db: GuichetDatabase, params: PeriodParams, activities: readonly ActivityFactRow[]): PeriodReportDto['series'] {
  const daily = daysFromTo(params.from, params.to) < DAILY_SERIES_MAX_DAYS;
  const buckets: Array<{ key: string; label: string; period: DayPeriod }> = daily
    ? daysOf(params).map((day) => ({ key: day, label: frenchDate(day).slice(0, 5), period: { from: day, to: day } }))
    : monthsOf(params).map((month) => ({ key: month, label: frenchMonth(month), period: monthPeriod(month) }));
  const accompaniments = new Map<string, number>();
  for (const activity of activities) {
    const key = daily ? activity.date : activity.date.slice(0, 7);
    accompaniments.set(key, (accompaniments.get(key) ?? 0) + activity.participants);
  }
  return {
    unit: daily ? 'jour' : 'mois',
    points: buckets.map((bucket) => {
      const clipped = { from: bucket.period.from < params.from ? params.from : bucket.period.from, to: bucket.period.to > params.to ? params.to : bucket.period.to };
      return { key: bucket.key, label: bucket.label, redeemed: redeemedCount(db, { ...params, ...instantRange(clipped) }), accompaniments: accompaniments.get(bucket.key) ?? 0 };
    }),
  };
}

function activityFigures(activities: readonly ActivityFactRow[]): PeriodReportDto['activities'] {
  const durations = new Map(DURATION_RANGES.map(([code, label]) => [code, { code, label, activities: 0, accompaniments: 0 }]));
  const themes = new Map(COOP_THEMATIQUES.map(([code, label]) => [code, { code, label, activities: 0, accompaniments: 0 }]));
  const places = new Map<string, { code: string; label: string; activities: number; accompaniments: number }>();
  let individual = 0;
  let accompaniments = 0;
  let newPeople = 0;
  let totalMinutes = 0;
  for (const activity of activities) {
    if (activity.type === 'individuel') individual += 1;
    accompaniments += activity.participants;
    newPeople += activity.newParticipants;
    totalMinutes += activity.durationMin;
    const tally = (line: { activities: number; accompaniments: number } | undefined) => {
      if (!line) return;
      line.activities += 1;
      line.accompaniments += activity.participants;
    };
    tally(durations.get(durationRange(activity.durationMin)));
    for (const theme of JSON.parse(activity.themes) as string[]) tally(themes.get(theme));
    const place = places.get(activity.placeName) ?? { code: activity.communeCode, label: activity.placeName, activities: 0, accompaniments: 0 };
    tally(place);
    places.set(activity.placeName, place);
  }
  return {
    total: activities.length,
    individual,
    collective: activities.length - individual,
    accompaniments,
    newPeople,
    followedPeople: accompaniments - newPeople,
    totalMinutes,
    durations: [...durations.values()],
    themes: [...themes.values()].filter((line) => line.activities > 0).sort((a, b) => b.accompaniments - a.accompaniments || a.label.localeCompare(b.label, 'fr')),
    places: [...places.values()].sort((a, b) => b.accompaniments - a.accompaniments),
  };
}

function breakdown(counts: Map<string, number>, labels: ReadonlyArray<{ code: string; label: string }>, keepEmpty: boolean): Breakdown {
  const known = labels.map(({ code, label }) => ({ code, label, count: counts.get(code) ?? 0 }));
  return keepEmpty ? known : known.filter((line) => line.count > 0);
}

/** The people reached, counted once each, by the funders' breakdowns. */
export function peopleFigures(people: readonly PersonFactRow[], year: number, labels: ReportLabels, targetPercent: number): PeriodReportDto['people'] {
  const tallies = { age: new Map<string, number>(), genre: new Map<string, number>(), status: new Map<string, number>(), commune: new Map<string, number>(), criteria: new Map<string, number>() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let priority = 0;
  let qpv = 0;
  for (const person of people) {
    bump(tallies.age, ageBand(person.birthYear, year));
    bump(tallies.genre, person.genre);
    bump(tallies.status, person.socialStatus);
    bump(tallies.commune, person.communeCode ?? '');
    const criteria = JSON.parse(person.priorityCriteria) as string[];
    for (const criterion of criteria) bump(tallies.criteria, criterion);
    if (criteria.length > 0) priority += 1;
    if (person.qpv === 'oui') qpv += 1;
  }
  const communes = [...tallies.commune.entries()]
    .map(([code, count]) => ({ code, label: code ? labels.communeName(code) : 'Non renseignée', count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  return {
    reached: people.length,
    ageBands: breakdown(tallies.age, AGE_BANDS.map((code) => ({ code, label: AGE_BAND_LABELS[code] })), true),
    genres: breakdown(tallies.genre, Object.entries(GENRE_LABELS).map(([code, label]) => ({ code, label })), true),
    socialStatuses: breakdown(tallies.status, SOCIAL_STATUSES.map((code) => ({ code, label: SOCIAL_STATUS_LABELS[code] })), true),
    communes,
    criteria: breakdown(tallies.criteria, labels.criteria, true),
    priority: { count: priority, targetPercent },
    qpv: { count: qpv },
  };
}

function lines(rows: ReturnType<typeof redeemedGroups>, key: 'service' | 'issuer'): ReportLine[] {
  const byKey = new Map<string, ReportLine>();
  for (const row of rows) {
    const id = key === 'service' ? row.serviceId : row.issuerId;
    const line = byKey.get(id) ?? { key: id, label: key === 'service' ? row.serviceName : row.issuerName, count: 0, valueCents: 0 };
    line.count += row.count;
    line.valueCents += row.valueCents;
    byKey.set(id, line);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** The period report: passes, carnets, La Coop's activity figures and the people reached. */
export function periodReport(
  db: GuichetDatabase,
  request: { period: DayPeriod; filters: ReportFilters; today: IsoDate; generatedAt: string; targetPercent: number },
  labels: ReportLabels,
): PeriodReportDto {
  const params = periodParams(request.period, request.filters);
  const distributed = distributedInPeriod(db, params);
  const groups = redeemedGroups(db, params);
  const activities = activityFacts(db, params);
  const byService = lines(groups, 'service');
  return {
    period: { from: request.period.from, to: request.period.to },
    filters: labels.filterNames,
    siteName: labels.siteName,
    generatedAt: request.generatedAt,
    passes: {
      carnetsDistributed: distributed.carnets,
      passesDistributed: distributed.passes,
      distributedValueCents: distributed.valueCents,
      redeemed: byService.reduce((total, line) => total + line.count, 0),
      redeemedValueCents: byService.reduce((total, line) => total + line.valueCents, 0),
    },
    redeemedByService: byService,
    redeemedByIssuer: lines(groups, 'issuer'),
    series: series(db, params, activities),
    carnets: carnetLife(db, params, request.today),
    activities: activityFigures(activities),
    people: peopleFigures(peopleReached(db, params), Number(request.period.to.slice(0, 4)), labels, request.targetPercent),
  };
}
