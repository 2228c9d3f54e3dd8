import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

/** The rows behind one day's figures. Instants are ISO strings: `start <= at < end` is the Paris day. */
export interface DayRange {
  date: string;
  start: string;
  end: string;
}

export interface RedeemedRow {
  serviceId: string;
  serviceName: string;
  sessionId: string;
  title: string;
  startTime: string;
  count: number;
  valueCents: number;
}

const statements = perConnection((sqlite) => ({
  handedOut: sqlite.prepare(
    `SELECT count(*) AS carnets, coalesce(sum(c.pass_count), 0) AS passes
       FROM stock_event e JOIN carnet c ON c.id = e.carnet_id
      WHERE e.kind = 'distributed' AND e.at >= @start AND e.at < @end`,
  ),
  redeemed: sqlite.prepare(
    `SELECT r.service_id AS serviceId, sv.name AS serviceName, r.session_id AS sessionId, s.title AS title, s.start_time AS startTime,
            count(*) AS count, sum(r.face_value_cents) AS valueCents
       FROM redemption r JOIN service sv ON sv.id = r.service_id JOIN workshop_session s ON s.id = r.session_id
      WHERE r.at >= @start AND r.at < @end
      GROUP BY r.session_id ORDER BY s.start_time, s.title`,
  ),
  sessions: sqlite.prepare(
    `SELECT sum(status <> 'annulee') AS held, sum(status = 'annulee') AS cancelled, sum(status = 'prevue') AS notClosed
       FROM workshop_session WHERE date = @date`,
  ),
  attendance: sqlite.prepare(
    `SELECT sum(b.status = 'present') AS present, sum(b.status = 'absent') AS absent, sum(b.status = 'absent-excuse') AS excused,
            sum(b.status = 'a-venir') AS notSignedIn
       FROM booking b JOIN workshop_session s ON s.id = b.session_id
      WHERE s.date = @date AND s.status <> 'annulee'`,
  ),
  newBeneficiaries: sqlite.prepare(`SELECT count(*) AS n FROM beneficiary WHERE created_at >= @start AND created_at < @end`),
  bilans: sqlite.prepare(`SELECT count(*) AS n FROM bilan WHERE status = 'completed' AND completed_at >= @start AND completed_at < @end`),
  refusals: sqlite.prepare(
    `SELECT json_extract(details, '$.reason') AS reason, count(*) AS count
       FROM audit WHERE action = 'signin.refused' AND at >= @start AND at < @end
      GROUP BY reason ORDER BY count DESC, reason`,
  ),
  printFailures: sqlite.prepare(`SELECT count(*) AS n FROM print_job WHERE state = 'failed' AND created_at >= @start AND created_at < @end`),
  pendingUpload: sqlite.prepare(`SELECT count(*) AS n FROM outbox WHERE state = 'pending'`),
}));

const zero = (value: number | null | undefined): number => value ?? 0;

export function dayHandedOut(db: GuichetDatabase, range: DayRange): { carnets: number; passes: number } {
  const row = statements(db.sqlite).handedOut.get(range) as { carnets: number; passes: number };
  return { carnets: row.carnets, passes: row.passes };
}

export function dayRedeemed(db: GuichetDatabase, range: DayRange): RedeemedRow[] {
  return statements(db.sqlite).redeemed.all(range) as RedeemedRow[];
}

export function daySessions(db: GuichetDatabase, range: DayRange): { held: number; cancelled: number; notClosed: number } {
  const row = statements(db.sqlite).sessions.get(range) as Record<string, number | null>;
  return { held: zero(row.held), cancelled: zero(row.cancelled), notClosed: zero(row.notClosed) };
}

export function dayAttendance(db: GuichetDatabase, range: DayRange): { present: number; absent: number; excused: number; notSignedIn: number } {
  const row = statements(db.sqlite).attendance.get(range) as Record<string, number | null>;
  return { present: zero(row.present), absent: zero(row.absent), excused: zero(row.excused), notSignedIn: zero(row.notSignedIn) };
}

export function dayCounts(db: GuichetDatabase, range: DayRange): { newBeneficiaries: number; bilans: number; printFailures: number; pendingUpload: number } {
  const s = statements(db.sqlite);
  const n = (statement: typeof s.bilans, params: object = range) => (statement.get(params) as { n: number }).n;
  return {
    newBeneficiaries: n(s.newBeneficiaries),
    bilans: n(s.bilans),
    printFailures: n(s.printFailures),
    pendingUpload: n(s.pendingUpload, {}),
  };
}

export function dayRefusals(db: GuichetDatabase, range: DayRange): Array<{ reason: string; count: number }> {
  return (statements(db.sqlite).refusals.all(range) as Array<{ reason: string | null; count: number }>).map((row) => ({ reason: row.reason ?? 'inconnu', count: row.count }));
}
