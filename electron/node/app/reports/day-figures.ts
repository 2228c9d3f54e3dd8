import type { DayFiguresDto } from '../../../common/contract';
import type { FigureValue } from '../../../common/domain/reports/day-adjustments';
import { instantRange } from '../../../common/domain/reports/periods';
import { refusalLabel } from '../../../common/domain/reports/refusal-labels';
import type { IsoDate } from '../../../common/domain/passes/paris-date';
import { dayAttendance, dayCounts, dayHandedOut, dayRedeemed, dayRefusals, daySessions } from '../../../../db/repositories/day-figures.repo';
import type { GuichetDatabase } from '../../../../db/types';

/** What the Paris day `date` did at this site, read from the data as it is now. */
export function computeDayFigures(db: GuichetDatabase, date: IsoDate): DayFiguresDto {
  const range = { date, ...instantRange({ from: date, to: date }) };
  const handedOut = dayHandedOut(db, range);
  const redeemed = dayRedeemed(db, range);
  const byService = new Map<string, { key: string; label: string; count: number; valueCents: number }>();
  for (const row of redeemed) {
    const line = byService.get(row.serviceId) ?? { key: row.serviceId, label: row.serviceName, count: 0, valueCents: 0 };
    line.count += row.count;
    line.valueCents += row.valueCents;
    byService.set(row.serviceId, line);
  }
  const counts = dayCounts(db, range);
  return {
    date,
    carnetsHandedOut: handedOut.carnets,
    passesHandedOut: handedOut.passes,
    redeemed: { count: sum(redeemed, 'count'), valueCents: sum(redeemed, 'valueCents') },
    redeemedByService: [...byService.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    redeemedBySession: redeemed.map((row) => ({ key: row.sessionId, label: `${row.startTime} ${row.title}`, count: row.count, valueCents: row.valueCents })),
    sessions: daySessions(db, range),
    attendance: dayAttendance(db, range),
    newBeneficiaries: counts.newBeneficiaries,
    bilansCompleted: counts.bilans,
    refusals: dayRefusals(db, range).map((row) => ({ reason: row.reason, label: refusalLabel(row.reason), count: row.count })),
    printFailures: counts.printFailures,
    pendingUpload: counts.pendingUpload,
  };
}

function sum<T extends Record<K, number>, K extends string>(rows: readonly T[], key: K): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

/**
 * The figures a later correction can move, one number per key. Print failures and the upload queue are snapshots of
 * the moment of the close, not facts of the day: they are left out.
 */
export function flattenDayFigures(figures: DayFiguresDto): Map<string, FigureValue> {
  const flat = new Map<string, FigureValue>();
  const put = (key: string, label: string, value: number) => flat.set(key, { label, value });
  put('carnetsHandedOut', 'Carnets remis', figures.carnetsHandedOut);
  put('passesHandedOut', 'Pass remis', figures.passesHandedOut);
  put('redeemed.count', 'Pass utilisés', figures.redeemed.count);
  put('redeemed.valueCents', 'Valeur des pass utilisés', figures.redeemed.valueCents);
  for (const line of figures.redeemedByService) {
    put(`service:${line.key}.count`, `Pass utilisés — ${line.label}`, line.count);
    put(`service:${line.key}.valueCents`, `Valeur — ${line.label}`, line.valueCents);
  }
  for (const line of figures.redeemedBySession) put(`session:${line.key}.count`, `Pass utilisés — séance ${line.label}`, line.count);
  put('sessions.held', 'Séances tenues', figures.sessions.held);
  put('sessions.cancelled', 'Séances annulées', figures.sessions.cancelled);
  put('sessions.notClosed', 'Séances non clôturées', figures.sessions.notClosed);
  put('attendance.present', 'Présent·es', figures.attendance.present);
  put('attendance.absent', 'Absent·es', figures.attendance.absent);
  put('attendance.excused', 'Absent·es excusé·es', figures.attendance.excused);
  put('attendance.notSignedIn', 'Inscrit·es non émargé·es', figures.attendance.notSignedIn);
  put('newBeneficiaries', 'Nouvelles personnes inscrites', figures.newBeneficiaries);
  put('bilansCompleted', 'Bilans terminés', figures.bilansCompleted);
  for (const refusal of figures.refusals) put(`refusal:${refusal.reason}`, `Refus à l’émargement — ${refusal.label}`, refusal.count);
  return flat;
}
