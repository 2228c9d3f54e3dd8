import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

/**
 * The rows behind the period reports. `start`/`end` bound instants (`start <= at < end`), `from`/`to` bound Paris
 * calendar days (both included); a null filter lets everything through. The scans of a period read covering indexes
 * (`redemption_report`, `activity_report`, `activity_participant`, `beneficiary_report`, `stock_event_kind_at`), never
 * the wide rows: a year of a busy desk is a few hundred thousand index entries.
 */
export interface PeriodParams {
  start: string;
  end: string;
  from: string;
  to: string;
  lotId: string | null;
  issuerId: string | null;
  serviceId: string | null;
}

const LOT_OF = (column: string) =>
  `(@lotId IS NULL OR ${column} = @lotId) AND (@issuerId IS NULL OR ${column} IN (SELECT id FROM pass_lot WHERE issuer_id = @issuerId))`;
const REDEMPTION_FILTER = `r.at >= @start AND r.at < @end AND ${LOT_OF('r.lot_id')} AND (@serviceId IS NULL OR r.service_id = @serviceId)`;
const DISTRIBUTED = `FROM stock_event e JOIN carnet c ON c.id = e.carnet_id JOIN pass_lot l ON l.id = c.lot_id
  WHERE e.kind = 'distributed' AND e.at >= @start AND e.at < @end AND ${LOT_OF('c.lot_id')}`;
/** Activities of the period; with a lot or issuer filter, those where a pass of it was used. */
const ACTIVITY_WHERE = `WHERE a.date >= @from AND a.date <= @to AND (@serviceId IS NULL OR a.service_id = @serviceId)
    AND ((@lotId IS NULL AND @issuerId IS NULL) OR EXISTS (SELECT 1 FROM redemption r WHERE r.session_id = a.session_id AND ${LOT_OF('r.lot_id')}))`;
const PERSON_COLUMNS = `b.birth_year AS birthYear, b.genre, b.social_status AS socialStatus, b.commune_code AS communeCode, b.qpv,
  b.priority_criteria AS priorityCriteria`;

export interface RedeemedGroupRow {
  serviceId: string;
  serviceName: string;
  issuerId: string;
  issuerName: string;
  count: number;
  valueCents: number;
}

/** What the period report needs of an activity. */
export interface ActivityFactRow {
  type: 'collectif' | 'individuel';
  date: string;
  durationMin: number;
  placeName: string;
  communeCode: string;
  themes: string;
  participants: number;
  newParticipants: number;
}

/** An activity as the export lists it. */
export interface ActivityLineRow extends ActivityFactRow {
  id: string;
  title: string;
  level: string | null;
  autonomy: string | null;
  redirection: string | null;
  passesRedeemed: number;
  recordedAt: string;
  serviceName: string;
}

export interface PersonFactRow {
  birthYear: number | null;
  genre: string;
  socialStatus: string;
  communeCode: string | null;
  qpv: string;
  priorityCriteria: string;
}

export interface ParticipantFactRow extends PersonFactRow {
  activityId: string;
}

const unfiltered = (params: PeriodParams) => params.lotId === null && params.issuerId === null && params.serviceId === null;

const statements = perConnection((sqlite) => ({
  distributed: sqlite.prepare(
    `SELECT count(*) AS carnets, coalesce(sum(c.pass_count), 0) AS passes, coalesce(sum(c.pass_count * l.face_value_cents), 0) AS valueCents ${DISTRIBUTED}`,
  ),
  redeemedGroups: sqlite.prepare(
    `SELECT g.serviceId, sv.name AS serviceName, coalesce(l.issuer_id, '') AS issuerId, coalesce(i.name, '') AS issuerName,
            sum(g.count) AS count, sum(g.valueCents) AS valueCents
       FROM (SELECT r.service_id AS serviceId, r.lot_id AS lotId, count(*) AS count, sum(r.face_value_cents) AS valueCents
               FROM redemption r WHERE ${REDEMPTION_FILTER} GROUP BY r.service_id, r.lot_id) g
       JOIN service sv ON sv.id = g.serviceId LEFT JOIN pass_lot l ON l.id = g.lotId LEFT JOIN issuer i ON i.id = l.issuer_id
      GROUP BY g.serviceId, l.issuer_id`,
  ),
  redeemedCount: sqlite.prepare(`SELECT count(*) AS n FROM redemption r WHERE ${REDEMPTION_FILTER}`),
  carnetLife: sqlite.prepare(
    `SELECT count(*) AS distributed,
            coalesce(sum(c.used_count > 0), 0) AS started,
            coalesce(sum(c.used_count > 0 AND c.used_count + c.revoked_count >= c.pass_count), 0) AS usedUp,
            coalesce(sum(l.grace_until < @today AND c.used_count + c.revoked_count < c.pass_count), 0) AS expired,
            coalesce(sum(CASE WHEN l.grace_until < @today THEN (c.pass_count - c.used_count - c.revoked_count) * l.face_value_cents ELSE 0 END), 0) AS unusedValueCents,
            coalesce(sum(CASE WHEN l.grace_until >= @today THEN (c.pass_count - c.used_count - c.revoked_count) * l.face_value_cents ELSE 0 END), 0) AS remainingValueCents
       FROM carnet c JOIN pass_lot l ON l.id = c.lot_id
      WHERE c.id IN (SELECT e.carnet_id FROM stock_event e WHERE e.kind = 'distributed' AND e.at >= @start AND e.at < @end) AND ${LOT_OF('c.lot_id')}`,
  ),
  activityFacts: sqlite.prepare(
    `SELECT a.type, a.date, a.duration_min AS durationMin, a.place_name AS placeName, a.commune_code AS communeCode, a.themes,
            a.participant_count AS participants, a.new_participants AS newParticipants
       FROM activity a ${ACTIVITY_WHERE}`,
  ),
  activityLines: sqlite.prepare(
    `SELECT a.id, a.type, a.date, a.duration_min AS durationMin, a.place_name AS placeName, a.commune_code AS communeCode, a.themes,
            a.participant_count AS participants, a.new_participants AS newParticipants, a.title, a.level, a.autonomy, a.redirection,
            a.passes_redeemed AS passesRedeemed, a.recorded_at AS recordedAt, coalesce(sv.name, '') AS serviceName
       FROM activity a LEFT JOIN service sv ON sv.id = a.service_id ${ACTIVITY_WHERE}
      ORDER BY a.date, a.recorded_at, a.id`,
  ),
  /** Every participant of the period's days (the caller keeps those of the activities it lists). */
  participants: sqlite.prepare(
    `SELECT p.activity_id AS activityId, ${PERSON_COLUMNS}
       FROM activity_participant p JOIN beneficiary b ON b.id = p.beneficiary_id
      WHERE p.date >= @from AND p.date <= @to`,
  ),
  people: sqlite.prepare(
    `WITH ids(id) AS (
        SELECT p.beneficiary_id FROM activity_participant p WHERE p.date >= @from AND p.date <= @to
        UNION SELECT e.beneficiary_id FROM stock_event e WHERE e.kind = 'distributed' AND e.at >= @start AND e.at < @end AND e.beneficiary_id IS NOT NULL
        UNION SELECT beneficiary_id FROM bilan WHERE completed_at >= @start AND completed_at < @end AND status = 'completed'
      ),
      people AS (SELECT DISTINCT coalesce(b0.merged_into, b0.id) AS id FROM ids JOIN beneficiary b0 ON b0.id = ids.id)
     SELECT ${PERSON_COLUMNS} FROM people JOIN beneficiary b ON b.id = people.id`,
  ),
  peopleFiltered: sqlite.prepare(
    `WITH ids(id) AS (
        SELECT p.beneficiary_id FROM activity a JOIN activity_participant p ON p.activity_id = a.id AND p.date = a.date ${ACTIVITY_WHERE}
        UNION SELECT e.beneficiary_id ${DISTRIBUTED} AND @serviceId IS NULL AND e.beneficiary_id IS NOT NULL
      ),
      people AS (SELECT DISTINCT coalesce(b0.merged_into, b0.id) AS id FROM ids JOIN beneficiary b0 ON b0.id = ids.id)
     SELECT ${PERSON_COLUMNS} FROM people JOIN beneficiary b ON b.id = people.id`,
  ),
}));

export function distributedInPeriod(db: GuichetDatabase, params: PeriodParams): { carnets: number; passes: number; valueCents: number } {
  return statements(db.sqlite).distributed.get(params) as { carnets: number; passes: number; valueCents: number };
}

export function redeemedGroups(db: GuichetDatabase, params: PeriodParams): RedeemedGroupRow[] {
  return statements(db.sqlite).redeemedGroups.all(params) as RedeemedGroupRow[];
}

export function redeemedCount(db: GuichetDatabase, params: PeriodParams): number {
  return (statements(db.sqlite).redeemedCount.get(params) as { n: number }).n;
}

export function carnetLife(
  db: GuichetDatabase,
  params: PeriodParams,
  today: string,
): { distributed: number; started: number; usedUp: number; expired: number; unusedValueCents: number; remainingValueCents: number } {
  return statements(db.sqlite).carnetLife.get({ ...params, today }) as ReturnType<typeof carnetLife>;
}

export function activityFacts(db: GuichetDatabase, params: PeriodParams): ActivityFactRow[] {
  return statements(db.sqlite).activityFacts.all(params) as ActivityFactRow[];
}

export function activityLines(db: GuichetDatabase, params: PeriodParams): ActivityLineRow[] {
  return statements(db.sqlite).activityLines.all(params) as ActivityLineRow[];
}

/** One row per participant of the given activities, with what the anonymous breakdowns need. */
export function participantsOf(db: GuichetDatabase, params: PeriodParams, activityIds: ReadonlySet<string>): ParticipantFactRow[] {
  return (statements(db.sqlite).participants.all(params) as ParticipantFactRow[]).filter((row) => activityIds.has(row.activityId));
}

/**
 * The people reached in the period, each once, merged records followed: those present at an activity, those who
 * received a carnet and, without a filter, those who had a bilan.
 */
export function peopleReached(db: GuichetDatabase, params: PeriodParams): PersonFactRow[] {
  const s = statements(db.sqlite);
  return (unfiltered(params) ? s.people : s.peopleFiltered).all(params) as PersonFactRow[];
}
