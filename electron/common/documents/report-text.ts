import type { AdjustmentDto, DayReportDto } from '../contract';
import { isAmountKey } from '../domain/reports/day-adjustments';
import { frenchDate, parisDate, parisTime } from '../domain/passes/paris-date';
import { formatEuros } from '../receipts/format';
import { formatCount } from './a4-document';

/** Texts shared by the A4 and receipt versions of the reports. */

export function figureValue(key: string, value: number): string {
  return isAmountKey(key) ? formatEuros(value) : formatCount(value);
}

/** `23/11/2026 à 18:02`, in Paris time. */
export function frenchInstant(iso: string): string {
  const instant = new Date(iso);
  return `${frenchDate(parisDate(instant))} à ${parisTime(instant)}`;
}

export function closeStatus(report: DayReportDto): string {
  return report.close
    ? `Clôture n° ${report.close.seq} — le ${frenchInstant(report.close.closedAt)} par ${report.close.closedByName}`
    : `Journée ouverte : chiffres provisoires au ${frenchInstant(report.generatedAt)}`;
}

/** One line per corrected figure: `[day, figure, before, after]`. */
export function adjustmentLines(adjustments: readonly AdjustmentDto[]): Array<[string, string, string, string]> {
  return adjustments.flatMap((adjustment) =>
    adjustment.changes.map((change): [string, string, string, string] => [
      frenchDate(adjustment.date),
      change.label,
      figureValue(change.key, change.before),
      figureValue(change.key, change.after),
    ]),
  );
}

export function reportedAdjustmentsCaption(report: DayReportDto): string {
  return report.close ? 'Corrections de journées déjà closes, signalées par cette clôture' : 'Corrections de journées closes, à signaler à la prochaine clôture';
}
