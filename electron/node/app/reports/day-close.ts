import { AppError, DayFiguresDto, type AdjustmentDto, type DayReportDto } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { frenchDate, parisDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import { diffFigures, withAdjustments, type FigureChange } from '../../../common/domain/reports/day-adjustments';
import { writeChange } from '../../../../db/change';
import {
  adjustmentsOfDay,
  adjustmentsReportedIn,
  closedDaysToCheck,
  findDayClose,
  insertAdjustment,
  insertDayClose,
  markDayChecked,
  nextCloseSeq,
  reportAdjustments,
  unreportedAdjustments,
  type AdjustmentRow,
} from '../../../../db/repositories/day-close.repo';
import { getSetting, setSetting } from '../../../../db/repositories/setting.repo';
import { getSite } from '../../../../db/repositories/site.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { computeDayFigures, flattenDayFigures } from './day-figures';

/**
 * The end-of-day close (Koha's cash-up, APTIC's télécollecte): a referent closes a day, which gets the next sequence
 * number and its figures frozen. A closed day is never edited: when its data changes later, the difference becomes an
 * adjustment, reported on the next close and on every reprint of the corrected day.
 */

function adjustmentDto(row: AdjustmentRow): AdjustmentDto {
  return { id: row.id, date: row.date, detectedAt: row.detectedAt, reportedInSeq: row.reportedInSeq, changes: JSON.parse(row.changes) as FigureChange[] };
}

/** When every closed day was last compared with the data: changes before it are already in their adjustments. */
const COMPARED_UNTIL = 'reports.closed-days-compared-until';

/** What the data says now against what the close and the adjustments since said, for each closed day that may have moved. */
function pendingCorrections(db: GuichetDatabase): Array<{ date: string; changes: FigureChange[] }> {
  return closedDaysToCheck(db, getSetting<string>(db, COMPARED_UNTIL) ?? '').map((closed) => {
    const frozen = flattenDayFigures(DayFiguresDto.parse(JSON.parse(closed.figures)));
    const earlier = adjustmentsOfDay(db, closed.date).map((row) => JSON.parse(row.changes) as FigureChange[]);
    return { date: closed.date, changes: diffFigures(withAdjustments(frozen, earlier), flattenDayFigures(computeDayFigures(db, closed.date))) };
  });
}

/** Records each correction found as an adjustment and notes when each day was compared. Runs inside a write transaction. */
function recordCorrections(tx: GuichetDatabase, at: string): AdjustmentRow[] {
  const found: AdjustmentRow[] = [];
  for (const { date, changes } of pendingCorrections(tx)) {
    if (changes.length > 0) {
      const row = { id: newId(), date, detectedAt: at, changes: JSON.stringify(changes), reportedInSeq: null };
      insertAdjustment(tx, row);
      found.push(row);
    }
    markDayChecked(tx, date, at);
  }
  setSetting(tx, COMPARED_UNTIL, at, at);
  return found;
}

/**
 * Looks for corrections of closed days now (before a day is shown or reprinted). A correction is an audited change;
 * when nothing moved, only the days' comparison time is noted (bookkeeping, like the print queue's states).
 */
export function checkClosedDays(db: GuichetDatabase, clock: Clock, actorId: string): void {
  const pending = pendingCorrections(db);
  if (pending.length === 0) return;
  const at = clock().toISOString();
  if (pending.every((day) => day.changes.length === 0)) {
    db.sqlite
      .transaction(() => {
        pending.forEach((day) => markDayChecked(db, day.date, at));
        setSetting(db, COMPARED_UNTIL, at, at);
      })
      .immediate();
    return;
  }
  writeChange(db, clock, (tx) => {
    const found = recordCorrections(tx, at);
    return {
      result: null,
      audit: { actorId, action: 'day.adjusted', targetType: 'day_close', targetId: null, details: { days: found.map((row) => row.date) } },
    };
  });
}

export function closeDay(db: GuichetDatabase, clock: Clock, actorId: string, date: IsoDate): void {
  writeChange(db, clock, (tx) => {
    const now = clock();
    if (date > parisDate(now)) throw new AppError('INVALID_INPUT', `Le ${frenchDate(date)} n’est pas encore arrivé : on clôture une journée commencée.`);
    const already = findDayClose(tx, date);
    if (already) throw new AppError('CONFLICT', `Journée du ${frenchDate(date)} déjà close (clôture n° ${already.seq}). Réimprimez-la si besoin.`);
    const at = now.toISOString();
    const corrections = recordCorrections(tx, at);
    const seq = nextCloseSeq(tx);
    const figures = computeDayFigures(tx, date);
    insertDayClose(tx, { date, seq, closedAt: at, closedBy: actorId, figures: JSON.stringify(figures) });
    reportAdjustments(tx, seq);
    const { printFailures: _printFailures, ...uploaded } = figures;
    return {
      result: null,
      audit: { actorId, action: 'day.closed', targetType: 'day_close', targetId: date, details: { seq, corrections: corrections.map((row) => row.date) } },
      outbox: { entity: 'day_close', entityId: date, operation: 'day.closed', payload: { seq, at, figures: uploaded } },
    };
  });
}

/** The day as the close screen and the printouts show it. */
export function dayReport(db: GuichetDatabase, clock: Clock, date: IsoDate): DayReportDto {
  const closed = findDayClose(db, date);
  const siteName = getSite(db)?.name ?? '';
  const generatedAt = clock().toISOString();
  if (!closed) {
    return {
      date,
      siteName,
      close: null,
      figures: computeDayFigures(db, date),
      adjustments: [],
      reportedAdjustments: unreportedAdjustments(db).map(adjustmentDto),
      generatedAt,
    };
  }
  return {
    date,
    siteName,
    close: { seq: closed.seq, closedAt: closed.closedAt, closedByName: closed.closedByName },
    figures: DayFiguresDto.parse(JSON.parse(closed.figures)),
    adjustments: adjustmentsOfDay(db, date).map(adjustmentDto),
    reportedAdjustments: adjustmentsReportedIn(db, closed.seq).map(adjustmentDto),
    generatedAt,
  };
}
