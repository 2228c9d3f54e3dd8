import type { Breakdown, PeriodReportDto } from '../contract';
import { frenchDate } from '../domain/passes/paris-date';
import { suppressBreakdown, suppressCount } from '../domain/reports/small-cells';
import { formatEuros } from '../receipts/format';
import { formatCount, formatShare, type A4Block, type A4Document } from './a4-document';
import { frenchInstant } from './report-text';

/** `du 01/03/2027 au 31/03/2027`. */
export function periodText(period: { from: string; to: string }): string {
  return period.from === period.to ? `le ${frenchDate(period.from)}` : `du ${frenchDate(period.from)} au ${frenchDate(period.to)}`;
}

export function filtersText(filters: PeriodReportDto['filters']): string {
  const parts = [filters.issuer && `émetteur ${filters.issuer}`, filters.lot && `lot ${filters.lot}`, filters.service && `service ${filters.service}`].filter(Boolean);
  return parts.length > 0 ? `Filtres : ${parts.join(', ')}.` : 'Toutes les données du lieu.';
}

const hours = (minutes: number) => `${formatCount(Math.round(minutes / 60))} h`;

/** A breakdown of people, its small cells hidden (with the secondary cell that would give them away). */
function peopleTable(caption: string, lines: Breakdown, reached: number, threshold: number): A4Block {
  const published = suppressBreakdown(
    lines.map((line) => line.count),
    threshold,
  );
  return {
    kind: 'table',
    caption,
    columns: [
      { label: caption.split(' par ')[1] ?? 'Catégorie', align: 'left' },
      { label: 'Personnes', align: 'right' },
      { label: 'Part', align: 'right' },
    ],
    rows: lines.map((line, index) => {
      const value = published[index] ?? line.count;
      return [line.label, formatCount(value), typeof value === 'number' ? formatShare(value, reached) : '—'];
    }),
    footer: ['Total', formatCount(suppressCount(reached, threshold)), ''],
  };
}

/**
 * The period report for funders on A4 (and in PDF): no names anywhere, and counts of people under `threshold` shown
 * as `< N`.
 */
export function periodReportDocument(report: PeriodReportDto, threshold: number): A4Document {
  const { passes, carnets, activities, people } = report;
  const reached = people.reached;
  const priorityShare = formatShare(people.priority.count, reached);
  const blocks: A4Block[] = [
    { kind: 'paragraph', text: filtersText(report.filters) },
    { kind: 'heading', text: 'Pass' },
    {
      kind: 'facts',
      rows: [
        ['Carnets distribués', formatCount(passes.carnetsDistributed)],
        ['Pass distribués', formatCount(passes.passesDistributed)],
        ['Valeur distribuée', formatEuros(passes.distributedValueCents)],
        ['Pass utilisés', formatCount(passes.redeemed)],
        ['Valeur des pass utilisés', formatEuros(passes.redeemedValueCents)],
      ],
    },
    {
      kind: 'table',
      caption: 'Pass utilisés par service',
      columns: [
        { label: 'Service', align: 'left' },
        { label: 'Pass', align: 'right' },
        { label: 'Valeur', align: 'right' },
      ],
      rows: report.redeemedByService.map((line) => [line.label, formatCount(line.count), formatEuros(line.valueCents)]),
      footer: ['Total', formatCount(passes.redeemed), formatEuros(passes.redeemedValueCents)],
      empty: 'aucun pass utilisé.',
    },
    {
      kind: 'table',
      caption: 'Pass utilisés par émetteur',
      columns: [
        { label: 'Émetteur', align: 'left' },
        { label: 'Pass', align: 'right' },
        { label: 'Valeur', align: 'right' },
      ],
      rows: report.redeemedByIssuer.map((line) => [line.label, formatCount(line.count), formatEuros(line.valueCents)]),
      empty: 'aucun pass utilisé.',
    },
    { kind: 'heading', text: 'Vie des carnets distribués sur la période (à ce jour)' },
    {
      kind: 'facts',
      rows: [
        ['Distribués', formatCount(carnets.distributed)],
        ['Entamés', formatCount(carnets.started)],
        ['Terminés', formatCount(carnets.usedUp)],
        ['Expirés avec des pass non utilisés', formatCount(carnets.expired)],
        ['Valeur non utilisée des carnets expirés', formatEuros(carnets.unusedValueCents)],
        ['Valeur restant à utiliser', formatEuros(carnets.remainingValueCents)],
      ],
    },
    { kind: 'heading', text: 'Activités (modèle La Coop de la médiation numérique)' },
    {
      kind: 'facts',
      rows: [
        ['Activités', formatCount(activities.total)],
        ['dont collectives (ateliers)', formatCount(activities.collective)],
        ['dont individuelles', formatCount(activities.individual)],
        ['Accompagnements', formatCount(activities.accompaniments)],
        ['Premiers accompagnements', formatCount(activities.newPeople)],
        ['Accompagnements de personnes déjà suivies', formatCount(activities.followedPeople)],
        ['Durée totale', hours(activities.totalMinutes)],
      ],
    },
    {
      kind: 'table',
      caption: 'Activités par durée',
      columns: [
        { label: 'Durée', align: 'left' },
        { label: 'Activités', align: 'right' },
        { label: 'Accompagnements', align: 'right' },
      ],
      rows: activities.durations.map((line) => [line.label, formatCount(line.activities), formatCount(line.accompaniments)]),
    },
    {
      kind: 'table',
      caption: 'Activités par thématique',
      columns: [
        { label: 'Thématique', align: 'left' },
        { label: 'Activités', align: 'right' },
        { label: 'Accompagnements', align: 'right' },
      ],
      rows: activities.themes.map((line) => [line.label, formatCount(line.activities), formatCount(line.accompaniments)]),
      empty: 'aucune activité.',
    },
    {
      kind: 'table',
      caption: 'Activités par lieu',
      columns: [
        { label: 'Lieu', align: 'left' },
        { label: 'Activités', align: 'right' },
        { label: 'Accompagnements', align: 'right' },
      ],
      rows: activities.places.map((line) => [line.label, formatCount(line.activities), formatCount(line.accompaniments)]),
      empty: 'aucune activité.',
    },
    { kind: 'heading', text: 'Personnes accompagnées' },
    {
      kind: 'facts',
      rows: [
        ['Personnes différentes', formatCount(suppressCount(reached, threshold))],
        [`Publics prioritaires (objectif ${people.priority.targetPercent} %)`, `${formatCount(suppressCount(people.priority.count, threshold))} — ${priorityShare}`],
        ['Résident·es d’un QPV', `${formatCount(suppressCount(people.qpv.count, threshold))} — ${formatShare(people.qpv.count, reached)}`],
      ],
    },
    peopleTable('Personnes par tranche d’âge', people.ageBands, reached, threshold),
    peopleTable('Personnes par genre', people.genres, reached, threshold),
    peopleTable('Personnes par statut', people.socialStatuses, reached, threshold),
    peopleTable('Personnes par commune', people.communes, reached, threshold),
    {
      kind: 'table',
      caption: 'Personnes par critère de priorité (une personne peut en avoir plusieurs)',
      columns: [
        { label: 'Critère', align: 'left' },
        { label: 'Personnes', align: 'right' },
        { label: 'Part', align: 'right' },
      ],
      rows: people.criteria.map((line) => {
        const value = suppressCount(line.count, threshold);
        return [line.label, formatCount(value), typeof value === 'number' ? formatShare(value, reached) : '—'];
      }),
    },
    { kind: 'paragraph', text: `Les effectifs de moins de ${threshold} personnes sont masqués (« < ${threshold} ») pour qu’aucune personne ne puisse être reconnue.` },
  ];
  return {
    title: 'Rapport d’activité',
    subtitle: `${report.siteName} — ${periodText(report.period)}`,
    blocks,
    footer: `Édité le ${frenchInstant(report.generatedAt)} — Guichet`,
  };
}
