import { parisDate } from '../../electron/common/domain/passes/paris-date';
import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';
import type { PeriodParams } from './period-report.repo';

/** Line lists for the régie statement and the exports, the dashboard's counts, and the days with activity. */

export interface RedemptionLineRow {
  passNumber: string;
  at: string;
  serviceName: string;
  title: string;
  lotReference: string;
  issuerName: string;
  valueCents: number;
}

const LINE_COLUMNS = `r.pass_number AS passNumber, r.at, sv.name AS serviceName, s.title, l.reference AS lotReference, i.name AS issuerName,
  r.face_value_cents AS valueCents`;
const LINE_JOINS = `JOIN pass p ON p.number = r.pass_number JOIN carnet c ON c.id = p.carnet_id JOIN pass_lot l ON l.id = c.lot_id
  JOIN issuer i ON i.id = l.issuer_id JOIN service sv ON sv.id = r.service_id JOIN workshop_session s ON s.id = r.session_id`;

const statements = perConnection((sqlite) => ({
  regie: sqlite.prepare(`SELECT ${LINE_COLUMNS} FROM redemption r ${LINE_JOINS} WHERE l.issuer_id = @issuerId AND r.at >= @start AND r.at < @end ORDER BY r.at, r.pass_number`),
  redemptions: sqlite.prepare(
    `SELECT ${LINE_COLUMNS} FROM redemption r ${LINE_JOINS}
      WHERE r.at >= @start AND r.at < @end AND (@lotId IS NULL OR c.lot_id = @lotId) AND (@issuerId IS NULL OR l.issuer_id = @issuerId)
        AND (@serviceId IS NULL OR r.service_id = @serviceId)
      ORDER BY r.at, r.pass_number`,
  ),
  glanceRedeemed: sqlite.prepare(`SELECT count(*) AS n, coalesce(sum(face_value_cents), 0) AS valueCents FROM redemption WHERE at >= @start AND at < @end`),
  glanceSessions: sqlite.prepare(
    `SELECT count(*) AS held, coalesce((SELECT count(*) FROM booking b JOIN workshop_session s2 ON s2.id = b.session_id
                                  WHERE s2.date >= @from AND s2.date <= @to AND b.status = 'present'), 0) AS present
       FROM workshop_session WHERE date >= @from AND date <= @to AND status <> 'annulee'`,
  ),
  glanceHandedOut: sqlite.prepare(`SELECT count(*) AS n FROM stock_event WHERE kind = 'distributed' AND at >= @start AND at < @end`),
  glanceNew: sqlite.prepare(`SELECT count(*) AS n FROM beneficiary WHERE created_at >= @start AND created_at < @end`),
  /** Activity per UTC hour since `start` (turned into Paris days by the caller). */
  activeHours: sqlite.prepare(
    `SELECT h, sum(n) AS n FROM (
        SELECT substr(at, 1, 13) AS h, count(*) AS n FROM redemption WHERE at >= @start GROUP BY h
        UNION ALL SELECT substr(at, 1, 13), count(*) FROM stock_event WHERE kind = 'distributed' AND at >= @start GROUP BY 1
        UNION ALL SELECT substr(created_at, 1, 13), count(*) FROM beneficiary WHERE created_at >= @start GROUP BY 1
        UNION ALL SELECT substr(completed_at, 1, 13), count(*) FROM bilan WHERE completed_at >= @start GROUP BY 1
        UNION ALL SELECT substr(at, 1, 13), count(*) FROM audit WHERE action = 'signin.refused' AND at >= @start GROUP BY 1
      ) GROUP BY h`,
  ),
  sessionDays: sqlite.prepare(`SELECT date, count(*) AS n FROM workshop_session WHERE date >= @from AND date < @today AND status <> 'annulee' GROUP BY date`),
  /** Both read one end of an index (the stock begins with its first reception). */
  firstSession: sqlite.prepare(`SELECT min(date) AS d FROM workshop_session`),
  firstReception: sqlite.prepare(`SELECT min(at) AS d FROM stock_event WHERE kind = 'received'`),
  outboxStates: sqlite.prepare(
    `SELECT (SELECT count(*) FROM outbox WHERE state IN ('pending', 'needs-upgrade')) AS pending,
            (SELECT count(*) FROM sync_review WHERE settled_at IS NULL) AS conflicts,
            (SELECT count(*) FROM outbox WHERE state IN ('pending', 'needs-upgrade') AND last_error IS NOT NULL) AS failing,
            (SELECT min(created_at) FROM outbox WHERE state IN ('pending', 'needs-upgrade')) AS oldestPending`,
  ),
  failedPrints: sqlite.prepare(`SELECT count(*) AS n FROM print_job WHERE state = 'failed'`),
}));

export function regieLines(db: GuichetDatabase, params: { issuerId: string; start: string; end: string }): RedemptionLineRow[] {
  return statements(db.sqlite).regie.all(params) as RedemptionLineRow[];
}

export function redemptionLines(db: GuichetDatabase, params: PeriodParams): RedemptionLineRow[] {
  return statements(db.sqlite).redemptions.all(params) as RedemptionLineRow[];
}

export interface GlanceRow {
  redeemed: number;
  redeemedValueCents: number;
  held: number;
  present: number;
  handedOut: number;
  newBeneficiaries: number;
}

export function glanceCounts(db: GuichetDatabase, range: { start: string; end: string; from: string; to: string }): GlanceRow {
  const s = statements(db.sqlite);
  const redeemed = s.glanceRedeemed.get(range) as { n: number; valueCents: number };
  const sessions = s.glanceSessions.get(range) as { held: number; present: number };
  return {
    redeemed: redeemed.n,
    redeemedValueCents: redeemed.valueCents,
    held: sessions.held,
    present: sessions.present,
    handedOut: (s.glanceHandedOut.get(range) as { n: number }).n,
    newBeneficiaries: (s.glanceNew.get(range) as { n: number }).n,
  };
}

/** `[hour (YYYY-MM-DDTHH, UTC), events]` since `start`. */
export function activeHoursSince(db: GuichetDatabase, start: string): Array<{ h: string; n: number }> {
  return statements(db.sqlite).activeHours.all({ start }) as Array<{ h: string; n: number }>;
}

export function sessionDaysBetween(db: GuichetDatabase, from: string, today: string): Array<{ date: string; n: number }> {
  return statements(db.sqlite).sessionDays.all({ from, today }) as Array<{ date: string; n: number }>;
}

/** The first Paris day with a session or a reception of stock, or null on an empty desk. */
export function firstDataDay(db: GuichetDatabase): string | null {
  const s = statements(db.sqlite);
  const session = (s.firstSession.get() as { d: string | null }).d;
  const reception = (s.firstReception.get() as { d: string | null }).d;
  const days = [session, reception === null ? null : parisDate(new Date(reception))].filter((day): day is string => day !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b));
}

export function outboxHealth(db: GuichetDatabase): { pending: number; conflicts: number; failing: number; oldestPending: string | null; failedPrints: number } {
  const s = statements(db.sqlite);
  const row = s.outboxStates.get() as { pending: number | null; conflicts: number | null; failing: number | null; oldestPending: string | null };
  return {
    pending: row.pending ?? 0,
    conflicts: row.conflicts ?? 0,
    failing: row.failing ?? 0,
    oldestPending: row.oldestPending,
    failedPrints: (s.failedPrints.get() as { n: number }).n,
  };
}
