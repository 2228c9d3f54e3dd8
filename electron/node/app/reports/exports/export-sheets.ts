import type { LotDto, PeriodReportDto, RegieStatementDto } from '../../../../common/contract';
import { GENRE_LABELS } from '../../../../common/contract';
import { AGE_BANDS, ageBand } from '../../../../common/domain/beneficiaries/criteria';
import { ACTIVITY_TYPE_LABELS, AUTONOMY_LABELS, WORKSHOP_LEVEL_LABELS, redirectionLabel, thematiqueLabel } from '../../../../common/domain/workshops/coop';
import { AGE_BAND_LABELS } from '../../../../common/domain/reports/people-labels';
import { SOCIAL_STATUSES, SOCIAL_STATUS_LABELS } from '../../../../common/domain/reports/social-status';
import { suppressBreakdown, suppressCount } from '../../../../common/domain/reports/small-cells';
import { CARNET_STATES, CARNET_STATE_LABELS } from '../../../../common/domain/passes/pass-state';
import type { ActivityLineRow, ParticipantFactRow } from '../../../../../db/repositories/period-report.repo';
import type { RedemptionLineRow } from '../../../../../db/repositories/report-lists.repo';
import type { Sheet, SheetCell } from './table-sheet';

const GENRES = Object.keys(GENRE_LABELS) as Array<keyof typeof GENRE_LABELS>;

/**
 * Activities with La Coop's export columns (research/domain.md §3.2), one row per activity. It leaves the desk: no
 * names, no notes, and each activity's counts of people by genre, age band and status pass small-cell suppression.
 */
export function activitiesSheet(
  activities: readonly ActivityLineRow[],
  participants: readonly ParticipantFactRow[],
  options: { threshold: number; communeName(code: string): string },
): Sheet {
  const byActivity = new Map<string, ParticipantFactRow[]>();
  for (const row of participants) byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), row]);
  const rows = activities.map((activity): SheetCell[] => {
    const people = byActivity.get(activity.id) ?? [];
    const year = Number(activity.date.slice(0, 4));
    const countBy = <T extends string>(codes: readonly T[], of: (person: ParticipantFactRow) => string) =>
      suppressBreakdown(
        codes.map((code) => people.filter((person) => of(person) === code).length),
        options.threshold,
      );
    const autonomyOrLevel = activity.type === 'individuel' ? (activity.autonomy ? AUTONOMY_LABELS[activity.autonomy as keyof typeof AUTONOMY_LABELS] : '') : activity.level ? WORKSHOP_LEVEL_LABELS[activity.level as keyof typeof WORKSHOP_LEVEL_LABELS] : '';
    return [
      activity.date,
      activity.recordedAt,
      ACTIVITY_TYPE_LABELS[activity.type],
      activity.participants,
      activity.newParticipants,
      'Lieu d’activité',
      activity.placeName,
      options.communeName(activity.communeCode),
      activity.communeCode,
      activity.durationMin,
      activity.title,
      activity.serviceName,
      (JSON.parse(activity.themes) as string[]).map(thematiqueLabel).join(', '),
      autonomyOrLevel,
      activity.type === 'individuel' ? (activity.redirection ? 'Oui' : 'Non') : '',
      activity.redirection ? redirectionLabel(activity.redirection) : '',
      activity.passesRedeemed,
      ...countBy(GENRES, (person) => person.genre),
      ...countBy(AGE_BANDS, (person) => ageBand(person.birthYear, year)),
      ...countBy(SOCIAL_STATUSES, (person) => person.socialStatus),
      activity.id,
    ];
  });
  return {
    name: 'Activités',
    columns: [
      { header: 'Date', type: 'date' },
      { header: 'Enregistré le', type: 'datetime', width: 18 },
      { header: 'Type', type: 'text' },
      { header: 'Participants', type: 'count' },
      { header: 'Premiers accompagnements', type: 'count' },
      { header: 'Canaux', type: 'text' },
      { header: 'Nom du lieu', type: 'text', width: 30 },
      { header: 'Commune', type: 'text', width: 20 },
      { header: 'Code Insee', type: 'text' },
      { header: 'Durée (min)', type: 'count' },
      { header: 'Nom de l’atelier', type: 'text', width: 30 },
      { header: 'Service', type: 'text', width: 25 },
      { header: 'Thématiques', type: 'text', width: 40 },
      { header: 'Niveau d’autonomie (ou de l’atelier)', type: 'text', width: 25 },
      { header: 'Réorienté', type: 'text' },
      { header: 'Structure de redirection', type: 'text', width: 25 },
      { header: 'Pass utilisés', type: 'count' },
      ...GENRES.map((code) => ({ header: `Genre : ${GENRE_LABELS[code]}`, type: 'count' as const })),
      ...AGE_BANDS.map((code) => ({ header: `Âge : ${AGE_BAND_LABELS[code]}`, type: 'count' as const })),
      ...SOCIAL_STATUSES.map((code) => ({ header: `Statut : ${SOCIAL_STATUS_LABELS[code]}`, type: 'count' as const })),
      { header: 'ID activité', type: 'text', width: 38 },
    ],
    rows,
  };
}

/** Every pass redeemed, with its service, workshop, lot and issuer (no person). */
export function redemptionsSheet(lines: readonly RedemptionLineRow[]): Sheet {
  return {
    name: 'Pass utilisés',
    columns: [
      { header: 'N° de pass', type: 'text', width: 20 },
      { header: 'Date et heure', type: 'datetime', width: 18 },
      { header: 'Service', type: 'text', width: 25 },
      { header: 'Atelier', type: 'text', width: 30 },
      { header: 'Lot', type: 'text', width: 20 },
      { header: 'Émetteur', type: 'text', width: 20 },
      { header: 'Valeur', type: 'euros' },
    ],
    rows: lines.map((line) => [line.passNumber, line.at, line.serviceName, line.title, line.lotReference, line.issuerName, line.valueCents]),
  };
}

/** The stock per lot, as the stock screen counts it today. */
export function stockSheet(lots: readonly LotDto[]): Sheet {
  return {
    name: 'Stock',
    columns: [
      { header: 'Émetteur', type: 'text', width: 20 },
      { header: 'Lot', type: 'text', width: 20 },
      { header: 'Valeur faciale', type: 'euros' },
      { header: 'Pass par carnet', type: 'count' },
      { header: 'Valide jusqu’au', type: 'date' },
      { header: 'Tolérance jusqu’au', type: 'date' },
      ...CARNET_STATES.map((state) => ({ header: `Carnets : ${CARNET_STATE_LABELS[state]}`, type: 'count' as const })),
      { header: 'Pass', type: 'count' },
      { header: 'Pass utilisés', type: 'count' },
      { header: 'Pass révoqués', type: 'count' },
      { header: 'Pass non utilisés', type: 'count' },
      { header: 'Valeur non utilisée', type: 'euros' },
    ],
    rows: lots.map((lot) => [
      lot.issuerName,
      lot.reference,
      lot.faceValueCents,
      lot.carnetSize,
      lot.validUntil,
      lot.graceUntil,
      ...CARNET_STATES.map((state) => lot.counts.carnets[state]),
      lot.counts.passes,
      lot.counts.passesUsed,
      lot.counts.passesRevoked,
      lot.counts.passesUnused,
      lot.counts.unusedValueCents,
    ]),
  };
}

/** The period report as tables (one sheet each), people's counts under the threshold hidden. */
export function periodSheets(report: PeriodReportDto, threshold: number): Sheet[] {
  const { passes, carnets, activities, people } = report;
  const count = (label: string, value: number | string): SheetCell[] => [label, value, null];
  const euros = (label: string, cents: number): SheetCell[] => [label, null, cents];
  const summary: Sheet = {
    name: 'Synthèse',
    columns: [
      { header: 'Chiffre', type: 'text', width: 45 },
      { header: 'Nombre', type: 'count', width: 14 },
      { header: 'Montant', type: 'euros', width: 14 },
    ],
    rows: [
      ['Période', `${report.period.from} au ${report.period.to}`, null],
      ['Lieu', report.siteName, null],
      count('Carnets distribués', passes.carnetsDistributed),
      count('Pass distribués', passes.passesDistributed),
      euros('Valeur distribuée', passes.distributedValueCents),
      count('Pass utilisés', passes.redeemed),
      euros('Valeur des pass utilisés', passes.redeemedValueCents),
      count('Carnets entamés', carnets.started),
      count('Carnets terminés', carnets.usedUp),
      count('Carnets expirés avec des pass non utilisés', carnets.expired),
      euros('Valeur non utilisée des carnets expirés', carnets.unusedValueCents),
      euros('Valeur restant à utiliser', carnets.remainingValueCents),
      count('Activités', activities.total),
      count('Activités collectives', activities.collective),
      count('Activités individuelles', activities.individual),
      count('Accompagnements', activities.accompaniments),
      count('Premiers accompagnements', activities.newPeople),
      count('Durée totale (min)', activities.totalMinutes),
      count('Personnes différentes', suppressCount(people.reached, threshold)),
      count('Personnes des publics prioritaires', suppressCount(people.priority.count, threshold)),
      count('Objectif de publics prioritaires (%)', people.priority.targetPercent),
      count('Résident·es d’un QPV', suppressCount(people.qpv.count, threshold)),
    ],
  };
  const lineSheet = (name: string, label: string, lines: PeriodReportDto['redeemedByService']): Sheet => ({
    name,
    columns: [
      { header: label, type: 'text', width: 30 },
      { header: 'Pass', type: 'count' },
      { header: 'Valeur', type: 'euros' },
    ],
    rows: lines.map((line) => [line.label, line.count, line.valueCents]),
  });
  const activitySheet = (name: string, label: string, lines: PeriodReportDto['activities']['themes']): Sheet => ({
    name,
    columns: [
      { header: label, type: 'text', width: 40 },
      { header: 'Activités', type: 'count' },
      { header: 'Accompagnements', type: 'count' },
    ],
    rows: lines.map((line) => [line.label, line.activities, line.accompaniments]),
  });
  const peopleSheet = (name: string, lines: PeriodReportDto['people']['genres'], secondary = true): Sheet => {
    const published = secondary ? suppressBreakdown(lines.map((line) => line.count), threshold) : lines.map((line) => suppressCount(line.count, threshold));
    return {
      name,
      columns: [
        { header: name, type: 'text', width: 35 },
        { header: 'Personnes', type: 'count' },
      ],
      rows: lines.map((line, index) => [line.label, published[index] ?? null]),
    };
  };
  return [
    summary,
    lineSheet('Pass par service', 'Service', report.redeemedByService),
    lineSheet('Pass par émetteur', 'Émetteur', report.redeemedByIssuer),
    {
      name: report.series.unit === 'jour' ? 'Par jour' : 'Par mois',
      columns: [
        { header: report.series.unit === 'jour' ? 'Jour' : 'Mois', type: 'text' },
        { header: 'Pass utilisés', type: 'count' },
        { header: 'Accompagnements', type: 'count' },
      ],
      rows: report.series.points.map((point) => [point.key, point.redeemed, point.accompaniments]),
    },
    activitySheet('Durées', 'Durée', activities.durations),
    activitySheet('Thématiques', 'Thématique', activities.themes),
    activitySheet('Lieux', 'Lieu', activities.places),
    peopleSheet('Tranche d’âge', people.ageBands),
    peopleSheet('Genre', people.genres),
    peopleSheet('Statut', people.socialStatuses),
    peopleSheet('Commune', people.communes),
    peopleSheet('Critère de priorité', people.criteria, false),
  ];
}

/** The régie statement as a table, with its total as the last line. */
export function regieSheet(statement: RegieStatementDto): Sheet {
  return {
    name: `Régie ${statement.month}`,
    columns: [
      { header: 'N° de pass', type: 'text', width: 20 },
      { header: 'Date', type: 'date' },
      { header: 'Heure', type: 'text' },
      { header: 'Service', type: 'text', width: 25 },
      { header: 'Lot', type: 'text', width: 20 },
      { header: 'Valeur', type: 'euros' },
    ],
    rows: [
      ...statement.lines.map((line): SheetCell[] => [line.passNumber, line.date, line.time, line.serviceName, line.lotReference, line.valueCents]),
      [`Total : ${statement.count} pass`, null, null, null, null, statement.totalCents],
    ],
  };
}
