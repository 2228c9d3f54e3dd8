import type { FilterOptionsDto, PeriodReportDto, ReportFilters } from '../../../../../electron/common/contract';
import { PeriodInput } from '../../../../../electron/common/contract';
import { addDays, type IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { monthPeriod, presetPeriod, type DayPeriod } from '../../../../../electron/common/domain/reports/periods';

/** The period presets of the report form, in the order they are offered. */
export const PERIOD_CHOICES = ['mois', 'mois-precedent', 'trimestre', 'annee', 'personnalisee'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** What the period form holds: kept by the page so that the exports tab uses the same choice. */
export interface PeriodFormValues {
  choice: PeriodChoice;
  /** The custom period's ends (`YYYY-MM-DD`), used when `choice` is `personnalisee`. */
  from: string;
  to: string;
  issuerId: string | null;
  lotId: string | null;
  serviceId: string | null;
}

/** A report request: the period and the filters. */
export interface PeriodQuery {
  period: DayPeriod;
  filters: ReportFilters;
}

/** The days a preset covers around `today` (the previous month is the month before the current one). */
export function presetDays(choice: Exclude<PeriodChoice, 'personnalisee'>, today: IsoDate): DayPeriod {
  if (choice === 'mois-precedent') return monthPeriod(addDays(presetPeriod('mois', today).from, -1).slice(0, 7));
  return presetPeriod(choice, today);
}

/** The current month, no filter: the form as it opens. */
export function initialPeriodForm(today: IsoDate): PeriodFormValues {
  const month = presetDays('mois', today);
  return { choice: 'mois', from: month.from, to: month.to, issuerId: null, lotId: null, serviceId: null };
}

/** The period the form designates (not yet checked). */
export function formPeriod(values: PeriodFormValues, today: IsoDate): DayPeriod {
  return values.choice === 'personnalisee' ? { from: values.from, to: values.to } : presetDays(values.choice, today);
}

/** The French messages of the contract's period rules, per end of the period; empty when the period is valid. */
export function periodErrors(period: DayPeriod): { from?: string; to?: string } {
  const result = PeriodInput.safeParse(period);
  if (result.success) return {};
  const errors: { from?: string; to?: string } = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] === 'from' ? 'from' : 'to';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The request the form designates, or null while its period is invalid. */
export function formQuery(values: PeriodFormValues, today: IsoDate): PeriodQuery | null {
  const period = formPeriod(values, today);
  if (Object.keys(periodErrors(period)).length > 0) return null;
  return { period, filters: { issuerId: values.issuerId, lotId: values.lotId, serviceId: values.serviceId } };
}

/** The names of the chosen filters, as the report DTO gives them (for `filtersText`). */
export function filterNames(filters: ReportFilters, options: FilterOptionsDto | null): PeriodReportDto['filters'] {
  const name = (list: ReadonlyArray<{ id: string; label: string }> | undefined, id: string | null) => (id ? (list?.find((item) => item.id === id)?.label ?? null) : null);
  return { issuer: name(options?.issuers, filters.issuerId), lot: name(options?.lots, filters.lotId), service: name(options?.services, filters.serviceId) };
}
