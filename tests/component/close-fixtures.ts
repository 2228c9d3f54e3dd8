import type { AdjustmentDto, DashboardDto, DayFiguresDto, DayReportDto, ExportFileDto, GlanceDto, OpenDayDto, PrintRequestDto } from '../../electron/common/contract';
import { printJob } from './devices-fixtures';

/** A day of the CCAS where every figure differs, so that a figure shown in the wrong place is noticed. */
export function dayFigures(date: string, overrides: Partial<DayFiguresDto> = {}): DayFiguresDto {
  return {
    date,
    carnetsHandedOut: 3,
    passesHandedOut: 30,
    redeemed: { count: 14, valueCents: 14_000 },
    redeemedByService: [
      { key: 'svc-smartphone', label: 'Atelier smartphone', count: 9, valueCents: 9_000 },
      { key: 'svc-demarches', label: 'Démarches en ligne', count: 5, valueCents: 5_000 },
    ],
    redeemedBySession: [
      { key: 'session-1', label: '09:30 — Smartphone : les bases', count: 8, valueCents: 8_000 },
      { key: 'session-2', label: '14:00 — Premiers pas sur internet', count: 6, valueCents: 6_000 },
    ],
    sessions: { held: 4, cancelled: 1, notClosed: 2 },
    attendance: { present: 17, absent: 6, excused: 2, notSignedIn: 5 },
    newBeneficiaries: 7,
    bilansCompleted: 11,
    refusals: [
      { reason: 'deja-utilise', label: 'Pass déjà utilisé', count: 12 },
      { reason: 'expire', label: 'Pass expiré', count: 13 },
    ],
    printFailures: 19,
    pendingUpload: 21,
    ...overrides,
  };
}

/** A correction of a closed day: one pass more redeemed, found the next morning. */
export function adjustment(overrides: Partial<AdjustmentDto> = {}): AdjustmentDto {
  return {
    id: '0190a8c0-0000-7000-8000-0000000000e1',
    date: '2024-03-04',
    detectedAt: '2024-03-05T08:15:00.000Z',
    reportedInSeq: null,
    changes: [
      { key: 'redeemed.count', label: 'Pass utilisés', before: 22, after: 23 },
      { key: 'redeemed.valueCents', label: 'Valeur des pass utilisés', before: 22_000, after: 23_000 },
    ],
    ...overrides,
  };
}

export function openDayReport(date: string, overrides: Partial<DayReportDto> = {}): DayReportDto {
  return {
    date,
    siteName: 'CCAS de Montpellier',
    close: null,
    figures: dayFigures(date),
    adjustments: [],
    reportedAdjustments: [adjustment()],
    generatedAt: '2024-03-05T16:45:00.000Z',
    ...overrides,
  };
}

export function closedDayReport(date: string, overrides: Partial<DayReportDto> = {}): DayReportDto {
  return openDayReport(date, {
    close: { seq: 42, closedAt: '2024-03-05T17:02:00.000Z', closedByName: 'Aminata Diallo' },
    reportedAdjustments: [adjustment({ reportedInSeq: 42 })],
    ...overrides,
  });
}

export const OPEN_DAYS: OpenDayDto[] = [
  { date: '2024-02-27', events: 1 },
  { date: '2024-03-01', events: 12 },
];

export function ticketRequest(): PrintRequestDto {
  return { delivery: 'queued', job: printJob({ kind: 'day-close', label: 'Clôture du jour', state: 'queued', printedAt: null }) };
}

export const DAY_PDF: ExportFileDto = { fileName: 'cloture-2024-03-05.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=', bytes: 5 };

function glance(from: string, to: string, overrides: Partial<GlanceDto> = {}): GlanceDto {
  return { from, to, redeemed: 0, redeemedValueCents: 0, present: 0, sessionsHeld: 0, carnetsHandedOut: 0, newBeneficiaries: 0, ...overrides };
}

/** Today, the week and the month with distinct figures, and one alert of each level. */
export function dashboardDto(overrides: Partial<DashboardDto> = {}): DashboardDto {
  return {
    today: glance('2024-03-05', '2024-03-05', { redeemed: 14, redeemedValueCents: 14_000, present: 17, sessionsHeld: 4, carnetsHandedOut: 3, newBeneficiaries: 7 }),
    week: glance('2024-03-04', '2024-03-05', { redeemed: 37, redeemedValueCents: 37_000, present: 41, sessionsHeld: 9, carnetsHandedOut: 8, newBeneficiaries: 12 }),
    month: glance('2024-03-01', '2024-03-05', { redeemed: 1234, redeemedValueCents: 1_234_000, present: 88, sessionsHeld: 23, carnetsHandedOut: 31, newBeneficiaries: 26 }),
    alerts: [
      { kind: 'jour-non-clos', level: 'danger', message: 'Journée du vendredi 1 mars 2024 non clôturée.', date: '2024-03-01' },
      { kind: 'lot', level: 'warning', message: 'Lot APTIC-2023-07 (APTIC) : fin de validité le 31/03/2024.', date: null },
      { kind: 'envois-en-attente', level: 'info', message: '3 opérations attendent l’envoi au hub depuis le 04/03/2024.', date: null },
    ],
    ...overrides,
  };
}
