import type { DayReportDto } from '../contract';
import { longFrenchDate } from '../domain/workshops/paris-time';
import { formatEuros } from '../receipts/format';
import { formatCount, type A4Block, type A4Document } from './a4-document';
import { adjustmentLines, closeStatus, frenchInstant, reportedAdjustmentsCaption } from './report-text';

const NUMBER_COLUMNS = [
  { label: 'Pass', align: 'right' },
  { label: 'Valeur', align: 'right' },
] as const;

/** The day close on A4: every figure of the day, the corrections of this day, and those this close reports. */
export function dayCloseDocument(report: DayReportDto): A4Document {
  const f = report.figures;
  const blocks: A4Block[] = [
    { kind: 'paragraph', text: closeStatus(report), strong: true },
    { kind: 'heading', text: 'Carnets et pass' },
    {
      kind: 'facts',
      rows: [
        ['Carnets remis', formatCount(f.carnetsHandedOut)],
        ['Pass remis', formatCount(f.passesHandedOut)],
        ['Pass utilisés', formatCount(f.redeemed.count)],
        ['Valeur des pass utilisés', formatEuros(f.redeemed.valueCents)],
      ],
    },
    {
      kind: 'table',
      caption: 'Pass utilisés par service',
      columns: [{ label: 'Service', align: 'left' }, ...NUMBER_COLUMNS],
      rows: f.redeemedByService.map((line) => [line.label, formatCount(line.count), formatEuros(line.valueCents)]),
      footer: ['Total', formatCount(f.redeemed.count), formatEuros(f.redeemed.valueCents)],
      empty: 'aucun pass utilisé.',
    },
    {
      kind: 'table',
      caption: 'Pass utilisés par séance',
      columns: [{ label: 'Séance', align: 'left' }, ...NUMBER_COLUMNS],
      rows: f.redeemedBySession.map((line) => [line.label, formatCount(line.count), formatEuros(line.valueCents)]),
      empty: 'aucune séance avec pass.',
    },
    { kind: 'heading', text: 'Séances et présences' },
    {
      kind: 'facts',
      rows: [
        ['Séances tenues', formatCount(f.sessions.held)],
        ['Séances annulées', formatCount(f.sessions.cancelled)],
        ['Séances non clôturées', formatCount(f.sessions.notClosed)],
        ['Présent·es', formatCount(f.attendance.present)],
        ['Absent·es', formatCount(f.attendance.absent)],
        ['Absent·es excusé·es', formatCount(f.attendance.excused)],
        ['Inscrit·es non émargé·es', formatCount(f.attendance.notSignedIn)],
      ],
    },
    { kind: 'heading', text: 'Accueil' },
    {
      kind: 'facts',
      rows: [
        ['Nouvelles personnes inscrites', formatCount(f.newBeneficiaries)],
        ['Bilans terminés', formatCount(f.bilansCompleted)],
      ],
    },
    {
      kind: 'table',
      caption: 'Refus à l’émargement',
      columns: [
        { label: 'Motif', align: 'left' },
        { label: 'Nombre', align: 'right' },
      ],
      rows: f.refusals.map((refusal) => [refusal.label, formatCount(refusal.count)]),
      footer: ['Total', formatCount(f.refusals.reduce((total, refusal) => total + refusal.count, 0))],
      empty: 'aucun refus.',
    },
    { kind: 'heading', text: 'Suivi' },
    {
      kind: 'facts',
      rows: [
        ['Impressions en échec', formatCount(f.printFailures)],
        ['Opérations en attente d’envoi au hub', formatCount(f.pendingUpload)],
      ],
    },
  ];
  const columns = [
    { label: 'Journée', align: 'left' },
    { label: 'Chiffre', align: 'left' },
    { label: 'Avant', align: 'right' },
    { label: 'Après', align: 'right' },
  ] as const;
  if (report.adjustments.length > 0) {
    blocks.push({ kind: 'table', caption: 'Corrections de cette journée après sa clôture', columns: [...columns], rows: adjustmentLines(report.adjustments) });
  }
  if (report.reportedAdjustments.length > 0) {
    blocks.push({ kind: 'table', caption: reportedAdjustmentsCaption(report), columns: [...columns], rows: adjustmentLines(report.reportedAdjustments) });
  }
  return {
    title: 'Clôture du jour',
    subtitle: `${report.siteName} — ${longFrenchDate(report.date)}`,
    blocks,
    footer: `Édité le ${frenchInstant(report.generatedAt)} — Guichet`,
  };
}
