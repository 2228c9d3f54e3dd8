import { z } from 'zod';
import { IsoDateSchema } from '../domain/passes/paris-date';
import { PrintRequestDto } from './devices';
import { Id } from './dto';
import type { MethodSpec } from './methods';
import { onlyRoles } from './roles';

/**
 * The day close and the funders' figures: a referent closes the day (figures frozen, sequence number, later
 * corrections as adjustments), period reports with La Coop's activity figures and the people reached, the régie
 * statement of redeemed passes, exports (CSV, XLSX, PDF) and the referents' dashboard.
 */

const method = <T extends MethodSpec>(spec: T): T => spec;
const Count = z.number().int().min(0);

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mois invalide (AAAA-MM).');

export const PeriodInput = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((period) => period.from <= period.to, { message: 'La fin de la période précède son début.', path: ['to'] })
  .refine((period) => Date.parse(period.to) - Date.parse(period.from) <= 3 * 366 * 86_400_000, {
    message: 'Période de trois ans au plus.',
    path: ['to'],
  });
export type PeriodInput = z.infer<typeof PeriodInput>;

export const ReportFilters = z.object({
  lotId: Id.nullable().default(null),
  issuerId: Id.nullable().default(null),
  serviceId: Id.nullable().default(null),
});
export type ReportFilters = z.output<typeof ReportFilters>;

const Line = z.object({ key: z.string(), label: z.string(), count: Count, valueCents: Count });
export type ReportLine = z.infer<typeof Line>;
const Breakdown = z.array(z.object({ code: z.string(), label: z.string(), count: Count }));
export type Breakdown = z.infer<typeof Breakdown>;

/** What one Paris calendar day did at this site. */
export const DayFiguresDto = z.object({
  date: z.string(),
  carnetsHandedOut: Count,
  passesHandedOut: Count,
  redeemed: z.object({ count: Count, valueCents: Count }),
  /** Per service, then per session (workshop) of the day. */
  redeemedByService: z.array(Line),
  redeemedBySession: z.array(Line),
  sessions: z.object({ held: Count, cancelled: Count, notClosed: Count }),
  attendance: z.object({ present: Count, absent: Count, excused: Count, notSignedIn: Count }),
  newBeneficiaries: Count,
  bilansCompleted: Count,
  refusals: z.array(z.object({ reason: z.string(), label: z.string(), count: Count })),
  /** Snapshots at the time of the close; not compared again afterwards. */
  printFailures: Count,
  pendingUpload: Count,
});
export type DayFiguresDto = z.infer<typeof DayFiguresDto>;

export const FigureChangeDto = z.object({ key: z.string(), label: z.string(), before: z.number().int(), after: z.number().int() });
export const AdjustmentDto = z.object({
  id: Id,
  /** The closed day corrected. */
  date: z.string(),
  detectedAt: z.string(),
  /** The close that reported it; null until the next close. */
  reportedInSeq: z.number().int().nullable(),
  changes: z.array(FigureChangeDto),
});
export type AdjustmentDto = z.infer<typeof AdjustmentDto>;

export const DayReportDto = z.object({
  date: z.string(),
  siteName: z.string(),
  /** Null while the day is open: the figures are then live. */
  close: z.object({ seq: z.number().int(), closedAt: z.string(), closedByName: z.string() }).nullable(),
  figures: DayFiguresDto,
  /** Corrections of this day found after its close. */
  adjustments: z.array(AdjustmentDto),
  /** Corrections of earlier days reported by this close (or, for an open day, waiting for the next close). */
  reportedAdjustments: z.array(AdjustmentDto),
  generatedAt: z.string(),
});
export type DayReportDto = z.infer<typeof DayReportDto>;

export const OpenDayDto = z.object({ date: z.string(), events: Count });
export type OpenDayDto = z.infer<typeof OpenDayDto>;

export const PeriodReportDto = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  filters: z.object({ lot: z.string().nullable(), issuer: z.string().nullable(), service: z.string().nullable() }),
  siteName: z.string(),
  generatedAt: z.string(),
  passes: z.object({ carnetsDistributed: Count, passesDistributed: Count, distributedValueCents: Count, redeemed: Count, redeemedValueCents: Count }),
  redeemedByService: z.array(Line),
  redeemedByIssuer: z.array(Line),
  /** Per day for a period up to 62 days, per month otherwise. */
  series: z.object({
    unit: z.enum(['jour', 'mois']),
    points: z.array(z.object({ key: z.string(), label: z.string(), redeemed: Count, accompaniments: Count })),
  }),
  /** Carnets distributed in the period, as they stand today. */
  carnets: z.object({ distributed: Count, started: Count, usedUp: Count, expired: Count, unusedValueCents: Count, remainingValueCents: Count }),
  activities: z.object({
    total: Count,
    individual: Count,
    collective: Count,
    accompaniments: Count,
    newPeople: Count,
    followedPeople: Count,
    totalMinutes: Count,
    durations: z.array(z.object({ code: z.string(), label: z.string(), activities: Count, accompaniments: Count })),
    themes: z.array(z.object({ code: z.string(), label: z.string(), activities: Count, accompaniments: Count })),
    places: z.array(z.object({ code: z.string(), label: z.string(), activities: Count, accompaniments: Count })),
  }),
  people: z.object({
    reached: Count,
    ageBands: Breakdown,
    genres: Breakdown,
    socialStatuses: Breakdown,
    communes: Breakdown,
    criteria: Breakdown,
    priority: z.object({ count: Count, targetPercent: Count }),
    qpv: z.object({ count: Count }),
  }),
});
export type PeriodReportDto = z.infer<typeof PeriodReportDto>;

export const RegieStatementDto = z.object({
  month: z.string(),
  issuerId: Id,
  issuerName: z.string(),
  siteName: z.string(),
  communeName: z.string(),
  lines: z.array(
    z.object({ passNumber: z.string(), date: z.string(), time: z.string(), serviceName: z.string(), lotReference: z.string(), valueCents: Count }),
  ),
  count: Count,
  totalCents: Count,
  generatedAt: z.string(),
});
export type RegieStatementDto = z.infer<typeof RegieStatementDto>;

export const FilterOptionsDto = z.object({
  issuers: z.array(z.object({ id: Id, label: z.string() })),
  lots: z.array(z.object({ id: Id, label: z.string(), issuerId: Id })),
  services: z.array(z.object({ id: Id, label: z.string() })),
  /** The first day with data, to bound the period pickers. */
  firstDay: z.string().nullable(),
});
export type FilterOptionsDto = z.infer<typeof FilterOptionsDto>;

export const ReportSettingsDto = z.object({
  smallCellThreshold: z.number().int().min(2, 'Seuil : 2 au moins.').max(20, 'Seuil : 20 au plus.'),
  priorityTargetPercent: z.number().int().min(0, 'Objectif : entre 0 et 100 %.').max(100, 'Objectif : entre 0 et 100 %.'),
});
export type ReportSettingsDto = z.infer<typeof ReportSettingsDto>;

const CsvOrXlsx = z.enum(['csv', 'xlsx']);
export const ExportRequest = z.discriminatedUnion('kind', [
  /** One row per activity, La Coop's export columns, no names; counts of people under the threshold hidden. */
  z.object({ kind: z.literal('activities'), format: CsvOrXlsx, period: PeriodInput, filters: ReportFilters.default({ lotId: null, issuerId: null, serviceId: null }) }),
  z.object({ kind: z.literal('redemptions'), format: CsvOrXlsx, period: PeriodInput, filters: ReportFilters.default({ lotId: null, issuerId: null, serviceId: null }) }),
  z.object({ kind: z.literal('stock'), format: CsvOrXlsx }),
  z.object({
    kind: z.literal('period'),
    format: z.enum(['csv', 'xlsx', 'pdf']),
    period: PeriodInput,
    filters: ReportFilters.default({ lotId: null, issuerId: null, serviceId: null }),
  }),
  z.object({ kind: z.literal('regie'), format: z.enum(['csv', 'xlsx', 'pdf']), month: MonthSchema, issuerId: Id }),
  z.object({ kind: z.literal('day'), format: z.literal('pdf'), date: IsoDateSchema }),
]);
export type ExportRequest = z.output<typeof ExportRequest>;

export const ExportFileDto = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), bytes: Count });
export type ExportFileDto = z.infer<typeof ExportFileDto>;

export const GlanceDto = z.object({
  from: z.string(),
  to: z.string(),
  redeemed: Count,
  redeemedValueCents: Count,
  present: Count,
  sessionsHeld: Count,
  carnetsHandedOut: Count,
  newBeneficiaries: Count,
});
export type GlanceDto = z.infer<typeof GlanceDto>;

export const ALERT_KINDS = ['jour-non-clos', 'lot', 'conflits', 'envois-en-echec', 'envois-en-attente', 'impressions-en-echec'] as const;
export const AlertDto = z.object({
  kind: z.enum(ALERT_KINDS),
  level: z.enum(['info', 'warning', 'danger']),
  message: z.string(),
  /** The day to close, for `jour-non-clos`. */
  date: z.string().nullable(),
});
export type AlertDto = z.infer<typeof AlertDto>;

export const DashboardDto = z.object({ today: GlanceDto, week: GlanceDto, month: GlanceDto, alerts: z.array(AlertDto) });
export type DashboardDto = z.infer<typeof DashboardDto>;

/** Referents close the day and answer to the funders; administrators too. */
const managers = onlyRoles('referent', 'admin');

export const reportMethods = {
  /** The day's figures: live while open; frozen with their adjustments once closed. */
  'reports.day': method({ input: z.object({ date: IsoDateSchema }), output: DayReportDto, access: managers }),
  /** Closes the day: next sequence number, figures frozen, corrections of earlier closed days reported. */
  'reports.close-day': method({ input: z.object({ date: IsoDateSchema }), output: DayReportDto, access: managers }),
  /** The day close on the receipt printer (a reprint once closed, with its adjustments). */
  'reports.print-day': method({ input: z.object({ date: IsoDateSchema }), output: PrintRequestDto, access: managers }),
  /** Past days with activity that nobody closed (the last 62 days). */
  'reports.open-days': method({ input: z.object({}).strict(), output: z.array(OpenDayDto), access: managers, passive: true }),
  'reports.period': method({ input: z.object({ period: PeriodInput, filters: ReportFilters }), output: PeriodReportDto, access: managers }),
  'reports.filter-options': method({ input: z.object({}).strict(), output: FilterOptionsDto, access: managers }),
  'reports.regie': method({ input: z.object({ month: MonthSchema, issuerId: Id }), output: RegieStatementDto, access: managers }),
  'reports.export': method({ input: ExportRequest, output: ExportFileDto, access: managers }),
  'reports.dashboard': method({ input: z.object({}).strict(), output: DashboardDto, access: managers }),
  'reports.settings': method({ input: z.object({}).strict(), output: ReportSettingsDto, access: managers }),
  'reports.save-settings': method({ input: ReportSettingsDto, output: ReportSettingsDto, access: onlyRoles('admin', 'referent') }),
} satisfies Record<string, MethodSpec>;
