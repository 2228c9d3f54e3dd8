import type Database from 'better-sqlite3-multiple-ciphers';
import { asc, eq, isNull } from 'drizzle-orm';
import { SEAT_HOLDING } from '../../electron/common/domain/workshops/statuses';
import { service } from '../schema';
import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

export type ServiceRow = typeof service.$inferSelect;

export interface SessionRow {
  id: string;
  kind: 'collectif' | 'individuel';
  title: string;
  serviceId: string;
  themes: string;
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  date: string;
  startTime: string;
  startsAt: string;
  durationMin: number;
  room: string;
  facilitatorId: string | null;
  capacity: number;
  seriesId: string | null;
  status: 'prevue' | 'annulee' | 'close';
  cancelledAt: string | null;
  cancelReason: string | null;
  closedAt: string | null;
  closedBy: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
}

/** A session with what the calendar shows beside it: its service and its counts. */
export interface SessionListRow extends SessionRow {
  serviceName: string;
  passRequired: number;
  pricePasses: number;
  facilitatorName: string | null;
  /** Bookings that hold a seat (the seats taken). */
  booked: number;
  present: number;
  waiting: number;
}

export type BookingStatusValue = 'a-venir' | 'liste-attente' | 'present' | 'absent-excuse' | 'absent' | 'annule';

export interface BookingRow {
  id: string;
  sessionId: string;
  beneficiaryId: string;
  status: BookingStatusValue;
  queuedAt: string;
  bookedBy: string | null;
  promotedAt: string | null;
  passesRedeemed: number;
  overCapacity: number;
  signedInAt: string | null;
  signedInBy: string | null;
  statusAt: string;
}

/** A booking with the person's name and phone and the agent who booked. */
export interface BookingListRow extends BookingRow {
  nom: string;
  prenom: string;
  phone: string | null;
  bookedByName: string | null;
}

export interface RedemptionRow {
  passNumber: string;
  sessionId: string;
  bookingId: string;
  beneficiaryId: string;
  holderId: string | null;
  serviceId: string;
  lotId: string;
  faceValueCents: number;
  at: string;
  agentId: string | null;
  /** 1 when accepted « à confirmer » (see the schema). */
  provisional: 0 | 1;
}

export interface ActivityRow {
  id: string;
  sessionId: string;
  type: 'collectif' | 'individuel';
  date: string;
  durationMin: number;
  placeName: string;
  communeCode: string;
  title: string;
  themes: string;
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  autonomy: 'entierement-accompagne' | 'partiellement-autonome' | 'autonome' | null;
  redirection: string | null;
  participantIds: string;
  newParticipants: number;
  passesRedeemed: number;
  recordedAt: string;
  recordedBy: string | null;
}

/** The booking statuses that hold a seat, as an SQL list (the domain's list, written once). */
const SEAT_HOLDING_SQL = SEAT_HOLDING.map((status) => `'${status}'`).join(', ');

const SESSION_COLUMNS = `s.id, s.kind, s.title, s.service_id AS serviceId, s.themes, s.level, s.date, s.start_time AS startTime,
  s.starts_at AS startsAt, s.duration_min AS durationMin, s.room, s.facilitator_id AS facilitatorId, s.capacity,
  s.series_id AS seriesId, s.status, s.cancelled_at AS cancelledAt, s.cancel_reason AS cancelReason, s.closed_at AS closedAt,
  s.closed_by AS closedBy, s.created_at AS createdAt, s.created_by AS createdBy, s.updated_at AS updatedAt`;

/** Counts per session, computed in the same query (the booking_session index covers them). */
const SESSION_LIST = `SELECT ${SESSION_COLUMNS}, sv.name AS serviceName, sv.pass_required AS passRequired, sv.price_passes AS pricePasses,
    a.display_name AS facilitatorName,
    (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status IN (${SEAT_HOLDING_SQL})) AS booked,
    (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'present') AS present,
    (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'liste-attente') AS waiting
  FROM workshop_session s JOIN service sv ON sv.id = s.service_id LEFT JOIN agent a ON a.id = s.facilitator_id`;

const BOOKING_COLUMNS = `b.id, b.session_id AS sessionId, b.beneficiary_id AS beneficiaryId, b.status, b.queued_at AS queuedAt,
  b.booked_by AS bookedBy, b.promoted_at AS promotedAt, b.passes_redeemed AS passesRedeemed, b.over_capacity AS overCapacity,
  b.signed_in_at AS signedInAt, b.signed_in_by AS signedInBy, b.status_at AS statusAt`;
const BOOKING_LIST = `SELECT ${BOOKING_COLUMNS}, p.nom, p.prenom, p.phone,
    coalesce(ag.display_name, b.booked_via || ' (via le hub)') AS bookedByName
  FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id LEFT JOIN agent ag ON ag.id = b.booked_by`;
const ACTIVITY_COLUMNS = `id, session_id AS sessionId, type, date, duration_min AS durationMin, place_name AS placeName,
  commune_code AS communeCode, title, themes, level, autonomy, redirection, participant_ids AS participantIds,
  new_participants AS newParticipants, passes_redeemed AS passesRedeemed, recorded_at AS recordedAt, recorded_by AS recordedBy`;

/** A provisional redemption whose upload the hub has not answered yet (research: redemption.review_state). */
const TO_CONFIRM = `(r.provisional = 1 AND EXISTS (SELECT 1 FROM outbox o WHERE o.operation = 'pass.redeemed' AND o.entity_id = r.pass_number
  AND o.state IN ('pending', 'needs-upgrade')))`;

function statementsFor(sqlite: Database.Database) {
  return {
    sessionById: sqlite.prepare(`SELECT ${SESSION_COLUMNS} FROM workshop_session s WHERE s.id = ?`),
    sessionListById: sqlite.prepare(`${SESSION_LIST} WHERE s.id = ?`),
    sessionsBetween: sqlite.prepare(`${SESSION_LIST} WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.start_time, s.title`),
    sessionsOfSeriesFrom: sqlite.prepare(`SELECT ${SESSION_COLUMNS} FROM workshop_session s WHERE s.series_id = ? AND s.starts_at >= ? ORDER BY s.starts_at`),
    insertSession: sqlite.prepare(
      `INSERT INTO workshop_session (id, kind, title, service_id, themes, level, date, start_time, starts_at, duration_min, room,
         facilitator_id, capacity, series_id, status, created_at, created_by, updated_at)
       VALUES (@id, @kind, @title, @serviceId, @themes, @level, @date, @startTime, @startsAt, @durationMin, @room,
         @facilitatorId, @capacity, @seriesId, 'prevue', @createdAt, @createdBy, @updatedAt)`,
    ),
    updateSession: sqlite.prepare(
      `UPDATE workshop_session SET kind = @kind, title = @title, service_id = @serviceId, themes = @themes, level = @level, date = @date,
         start_time = @startTime, starts_at = @startsAt, duration_min = @durationMin, room = @room, facilitator_id = @facilitatorId,
         capacity = @capacity, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    cancelSession: sqlite.prepare(`UPDATE workshop_session SET status = 'annulee', cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ? AND status = 'prevue'`),
    closeSession: sqlite.prepare(`UPDATE workshop_session SET status = 'close', closed_at = ?, closed_by = ?, updated_at = ? WHERE id = ? AND status = 'prevue'`),
    seatsTaken: sqlite
      .prepare(`SELECT count(*) FROM booking WHERE session_id = ? AND status IN (${SEAT_HOLDING_SQL})`)
      .pluck(),
    bookingById: sqlite.prepare(`SELECT ${BOOKING_COLUMNS} FROM booking b WHERE b.id = ?`),
    bookingListById: sqlite.prepare(`${BOOKING_LIST} WHERE b.id = ?`),
    activeBookingOf: sqlite.prepare(`SELECT ${BOOKING_COLUMNS} FROM booking b WHERE b.session_id = ? AND b.beneficiary_id = ? AND b.status <> 'annule'`),
    bookingsOfSession: sqlite.prepare(`${BOOKING_LIST} WHERE b.session_id = ? ORDER BY b.status = 'annule', b.status = 'liste-attente', b.queued_at, b.id`),
    bookingsOfPerson: sqlite.prepare(`${BOOKING_LIST} WHERE b.beneficiary_id = ? ORDER BY b.queued_at DESC`),
    firstWaiting: sqlite.prepare(`SELECT ${BOOKING_COLUMNS} FROM booking b WHERE b.session_id = ? AND b.status = 'liste-attente' ORDER BY b.queued_at, b.id LIMIT 1`),
    insertBooking: sqlite.prepare(
      `INSERT INTO booking (id, session_id, beneficiary_id, status, queued_at, booked_by, over_capacity, status_at, booked_via)
       VALUES (@id, @sessionId, @beneficiaryId, @status, @queuedAt, @bookedBy, @overCapacity, @statusAt, @bookedVia)`,
    ),
    setBookingStatus: sqlite.prepare(`UPDATE booking SET status = ?, status_at = ? WHERE id = ?`),
    promoteBooking: sqlite.prepare(`UPDATE booking SET status = 'a-venir', promoted_at = ?, status_at = ? WHERE id = ? AND status = 'liste-attente'`),
    signIn: sqlite.prepare(
      `UPDATE booking SET status = ?, passes_redeemed = passes_redeemed + ?, signed_in_at = coalesce(signed_in_at, ?), signed_in_by = coalesce(signed_in_by, ?),
         over_capacity = over_capacity OR ?, status_at = ? WHERE id = ?`,
    ),
    markUnsignedAbsent: sqlite.prepare(`UPDATE booking SET status = ?, status_at = ? WHERE session_id = ? AND status = 'a-venir'`),
    cancelBookingsOfSession: sqlite.prepare(`SELECT ${BOOKING_COLUMNS} FROM booking b WHERE b.session_id = ? AND b.status IN ('a-venir', 'liste-attente')`),
    bookedOn: sqlite.prepare(
      `${BOOKING_LIST} JOIN workshop_session s ON s.id = b.session_id WHERE s.date = ? AND s.status = 'prevue' AND b.status = 'a-venir' ORDER BY s.start_time, p.nom, p.prenom`,
    ),
    insertRedemption: sqlite.prepare(
      `INSERT INTO redemption (pass_number, session_id, booking_id, beneficiary_id, holder_id, service_id, lot_id, face_value_cents, at, agent_id, provisional)
       VALUES (@passNumber, @sessionId, @bookingId, @beneficiaryId, @holderId, @serviceId, @lotId, @faceValueCents, @at, @agentId, @provisional)`,
    ),
    redemptionOf: sqlite.prepare(
      `SELECT pass_number AS passNumber, session_id AS sessionId, booking_id AS bookingId, beneficiary_id AS beneficiaryId, holder_id AS holderId,
         service_id AS serviceId, lot_id AS lotId, face_value_cents AS faceValueCents, at, agent_id AS agentId FROM redemption WHERE pass_number = ?`,
    ),
    passesOfBooking: sqlite.prepare(`SELECT booking_id AS bookingId, pass_number AS passNumber, ${TO_CONFIRM} AS toConfirm FROM redemption r WHERE booking_id = ? ORDER BY at`),
    passesOfSession: sqlite.prepare(`SELECT booking_id AS bookingId, pass_number AS passNumber, ${TO_CONFIRM} AS toConfirm FROM redemption r WHERE session_id = ? ORDER BY at`),
    redeemedInSession: sqlite.prepare(`SELECT count(*) FROM redemption WHERE session_id = ?`).pluck(),
    insertActivity: sqlite.prepare(
      `INSERT INTO activity (id, session_id, type, date, duration_min, place_name, commune_code, title, themes, level, autonomy, redirection,
         participant_ids, participant_count, service_id, new_participants, passes_redeemed, recorded_at, recorded_by)
       VALUES (@id, @sessionId, @type, @date, @durationMin, @placeName, @communeCode, @title, @themes, @level, @autonomy, @redirection,
         @participantIds, json_array_length(@participantIds), (SELECT service_id FROM workshop_session WHERE id = @sessionId),
         @newParticipants, @passesRedeemed, @recordedAt, @recordedBy)`,
    ),
    insertParticipants: sqlite.prepare(
      `INSERT OR IGNORE INTO activity_participant (date, beneficiary_id, activity_id) SELECT @date, value, @id FROM json_each(@participantIds)`,
    ),
    activityOfSession: sqlite.prepare(`SELECT ${ACTIVITY_COLUMNS} FROM activity WHERE session_id = ?`),
    /** Whether the person was present at an earlier closed session (La Coop's « premier accompagnement »). */
    seenBefore: sqlite
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM booking b JOIN workshop_session s ON s.id = b.session_id
           WHERE b.beneficiary_id = ? AND b.status = 'present' AND s.id <> ? AND s.starts_at < ?)`,
      )
      .pluck(),
    cancelClashingBookings: sqlite.prepare(
      `UPDATE booking SET status = 'annule', status_at = ? WHERE beneficiary_id = ? AND status <> 'annule'
         AND session_id IN (SELECT session_id FROM booking WHERE beneficiary_id = ? AND status <> 'annule')`,
    ),
    moveBookings: sqlite.prepare(`UPDATE booking SET beneficiary_id = ? WHERE beneficiary_id = ?`),
    moveBookingBack: sqlite.prepare(`UPDATE booking SET beneficiary_id = ? WHERE id = ? AND beneficiary_id = ?`),
    elsewhereIdsOf: sqlite.prepare(`SELECT id FROM booking_elsewhere WHERE beneficiary_id = ?`).pluck(),
    moveElsewhere: sqlite.prepare(`UPDATE booking_elsewhere SET beneficiary_id = ? WHERE beneficiary_id = ?`),
    moveElsewhereBack: sqlite.prepare(`UPDATE booking_elsewhere SET beneficiary_id = ? WHERE id = ? AND beneficiary_id = ?`),
    insertElsewhere: sqlite.prepare(
      `INSERT INTO booking_elsewhere (id, beneficiary_id, workshop_id, site_id, site_name, title, date, start_time, duration_min, booked_at, booked_by)
       VALUES (@id, @beneficiaryId, @workshopId, @siteId, @siteName, @title, @date, @startTime, @durationMin, @bookedAt, @bookedBy)`,
    ),
    elsewhereOfPerson: sqlite.prepare(
      `SELECT id, beneficiary_id AS beneficiaryId, workshop_id AS workshopId, site_id AS siteId, site_name AS siteName, title, date,
         start_time AS startTime, duration_min AS durationMin, booked_at AS bookedAt, booked_by AS bookedBy
       FROM booking_elsewhere WHERE beneficiary_id = ? ORDER BY booked_at`,
    ),
    elsewhereFor: sqlite.prepare(`SELECT 1 FROM booking_elsewhere WHERE beneficiary_id = ? AND workshop_id = ?`).pluck(),
    moveRedemptionsOfBooking: sqlite.prepare(`UPDATE redemption SET beneficiary_id = ? WHERE booking_id = ? AND beneficiary_id = ?`),
    moveRedemptions: sqlite.prepare(`UPDATE redemption SET beneficiary_id = ? WHERE beneficiary_id = ?`),
    bookingIdsOf: sqlite.prepare(`SELECT id FROM booking WHERE beneficiary_id = ?`).pluck(),
  };
}

const prepared = perConnection(statementsFor);
const statements = (db: GuichetDatabase) => prepared(db.sqlite);

// Services (rare writes: the query builder is fine).

export function listServices(db: GuichetDatabase, includeArchived: boolean): ServiceRow[] {
  const query = db.orm.select().from(service);
  return (includeArchived ? query : query.where(isNull(service.archivedAt))).orderBy(asc(service.name)).all();
}

export function findService(db: GuichetDatabase, id: string): ServiceRow | undefined {
  return db.orm.select().from(service).where(eq(service.id, id)).get();
}

export function findServiceByName(db: GuichetDatabase, name: string): ServiceRow | undefined {
  return db.orm.select().from(service).where(eq(service.name, name)).get();
}

export function insertService(db: GuichetDatabase, row: ServiceRow): void {
  db.orm.insert(service).values(row).run();
}

export function updateService(db: GuichetDatabase, row: ServiceRow): void {
  db.orm.update(service).set(row).where(eq(service.id, row.id)).run();
}

// Sessions

export function findSession(db: GuichetDatabase, id: string): SessionRow | undefined {
  return statements(db).sessionById.get(id) as SessionRow | undefined;
}

export function findSessionListRow(db: GuichetDatabase, id: string): SessionListRow | undefined {
  return statements(db).sessionListById.get(id) as SessionListRow | undefined;
}

export function listSessionsBetween(db: GuichetDatabase, from: string, to: string): SessionListRow[] {
  return statements(db).sessionsBetween.all(from, to) as SessionListRow[];
}

/** The sessions of a series from this start on (the rest of the series). */
export function listSeriesFrom(db: GuichetDatabase, seriesId: string, startsAt: string): SessionRow[] {
  return statements(db).sessionsOfSeriesFrom.all(seriesId, startsAt) as SessionRow[];
}

export type NewSession = Omit<SessionRow, 'status' | 'cancelledAt' | 'cancelReason' | 'closedAt' | 'closedBy'>;

export function insertSession(db: GuichetDatabase, row: NewSession): void {
  statements(db).insertSession.run(row);
}

export function updateSession(db: GuichetDatabase, row: Omit<NewSession, 'seriesId' | 'createdAt' | 'createdBy'>): void {
  statements(db).updateSession.run(row);
}

/** False when the session was no longer planned (cancelled or closed meanwhile). */
export function cancelSessionRow(db: GuichetDatabase, id: string, at: string, reason: string): boolean {
  return statements(db).cancelSession.run(at, reason, at, id).changes === 1;
}

export function closeSessionRow(db: GuichetDatabase, id: string, at: string, agentId: string): boolean {
  return statements(db).closeSession.run(at, agentId, at, id).changes === 1;
}

export function countSeatsTaken(db: GuichetDatabase, sessionId: string): number {
  return statements(db).seatsTaken.get(sessionId) as number;
}

// Bookings

export function findBooking(db: GuichetDatabase, id: string): BookingRow | undefined {
  return statements(db).bookingById.get(id) as BookingRow | undefined;
}

export function findBookingListRow(db: GuichetDatabase, id: string): BookingListRow | undefined {
  return statements(db).bookingListById.get(id) as BookingListRow | undefined;
}

export function findActiveBooking(db: GuichetDatabase, sessionId: string, beneficiaryId: string): BookingRow | undefined {
  return statements(db).activeBookingOf.get(sessionId, beneficiaryId) as BookingRow | undefined;
}

export function listBookingsOfSession(db: GuichetDatabase, sessionId: string): BookingListRow[] {
  return statements(db).bookingsOfSession.all(sessionId) as BookingListRow[];
}

export function listBookingsOfPerson(db: GuichetDatabase, beneficiaryId: string): BookingListRow[] {
  return statements(db).bookingsOfPerson.all(beneficiaryId) as BookingListRow[];
}

export function firstWaiting(db: GuichetDatabase, sessionId: string): BookingRow | undefined {
  return statements(db).firstWaiting.get(sessionId) as BookingRow | undefined;
}

export function insertBooking(
  db: GuichetDatabase,
  row: Pick<BookingRow, 'id' | 'sessionId' | 'beneficiaryId' | 'status' | 'queuedAt' | 'bookedBy'> & {
    overCapacity: boolean;
    /** The other place that booked it through the hub. */
    bookedVia?: string;
  },
): void {
  statements(db).insertBooking.run({ ...row, overCapacity: row.overCapacity ? 1 : 0, statusAt: row.queuedAt, bookedVia: row.bookedVia ?? null });
}

export function setBookingStatus(db: GuichetDatabase, id: string, status: BookingStatusValue, at: string): void {
  statements(db).setBookingStatus.run(status, at, id);
}

export function promoteBooking(db: GuichetDatabase, id: string, at: string): boolean {
  return statements(db).promoteBooking.run(at, at, id).changes === 1;
}

/** Records a sign-in on the booking: its status, one more pass (or none), who and when. */
export function signInBooking(
  db: GuichetDatabase,
  id: string,
  change: { status: BookingStatusValue; passes: number; at: string; agentId: string; overCapacity: boolean },
): void {
  statements(db).signIn.run(change.status, change.passes, change.at, change.agentId, change.overCapacity ? 1 : 0, change.at, id);
}

/** At close: everyone still « à venir » becomes absent (or excused). */
export function markUnsignedBookings(db: GuichetDatabase, sessionId: string, status: 'absent' | 'absent-excuse', at: string): number {
  return statements(db).markUnsignedAbsent.run(status, at, sessionId).changes;
}

/** The bookings still waiting for the session (booked or on the waiting list). */
export function listOpenBookings(db: GuichetDatabase, sessionId: string): BookingRow[] {
  return statements(db).cancelBookingsOfSession.all(sessionId) as BookingRow[];
}

/** Everyone booked on that day in sessions still planned, by time. */
export function listBookedOn(db: GuichetDatabase, date: string): BookingListRow[] {
  return statements(db).bookedOn.all(date) as BookingListRow[];
}

// Redemptions

export function insertRedemption(db: GuichetDatabase, row: RedemptionRow): void {
  statements(db).insertRedemption.run(row);
}

export function findRedemption(db: GuichetDatabase, passNumber: string): RedemptionRow | undefined {
  return statements(db).redemptionOf.get(passNumber) as RedemptionRow | undefined;
}

/** The passes a booking used, and those of them still « à confirmer » by the hub. */
export interface BookingPasses {
  numbers: string[];
  toConfirm: string[];
}

type BookingPassRow = { bookingId: string; passNumber: string; toConfirm: 0 | 1 };

function groupByBooking(rows: BookingPassRow[]): Map<string, BookingPasses> {
  const byBooking = new Map<string, BookingPasses>();
  for (const row of rows) {
    const passes = byBooking.get(row.bookingId) ?? { numbers: [], toConfirm: [] };
    passes.numbers.push(row.passNumber);
    if (row.toConfirm === 1) passes.toConfirm.push(row.passNumber);
    byBooking.set(row.bookingId, passes);
  }
  return byBooking;
}

export function passesOfBooking(db: GuichetDatabase, bookingId: string): BookingPasses {
  return groupByBooking(statements(db).passesOfBooking.all(bookingId) as BookingPassRow[]).get(bookingId) ?? { numbers: [], toConfirm: [] };
}

export function passesOfSession(db: GuichetDatabase, sessionId: string): Map<string, BookingPasses> {
  return groupByBooking(statements(db).passesOfSession.all(sessionId) as BookingPassRow[]);
}

export function countRedeemedInSession(db: GuichetDatabase, sessionId: string): number {
  return statements(db).redeemedInSession.get(sessionId) as number;
}

// Activities

/** The activity and its participants' rows (the reports' index of who was there, by day). */
export function insertActivity(db: GuichetDatabase, row: ActivityRow): void {
  statements(db).insertActivity.run(row);
  statements(db).insertParticipants.run({ date: row.date, id: row.id, participantIds: row.participantIds });
}

export function findActivityOfSession(db: GuichetDatabase, sessionId: string): ActivityRow | undefined {
  return statements(db).activityOfSession.get(sessionId) as ActivityRow | undefined;
}

export function wasSeenBefore(db: GuichetDatabase, beneficiaryId: string, sessionId: string, startsAt: string): boolean {
  return (statements(db).seenBefore.get(beneficiaryId, sessionId, startsAt) as number) === 1;
}

// Merges

/** Merge: the merged person's bookings, attendance and bookings made elsewhere move to the survivor. Returns their ids. */
export function moveBookingsOf(db: GuichetDatabase, fromId: string, toId: string, at: string): string[] {
  const s = statements(db);
  // Both records booked into the same session: the survivor's booking stays, the other one is cancelled.
  s.cancelClashingBookings.run(at, fromId, toId);
  const ids = [...(s.bookingIdsOf.all(fromId) as string[]), ...(s.elsewhereIdsOf.all(fromId) as string[])];
  s.moveBookings.run(toId, fromId);
  s.moveRedemptions.run(toId, fromId);
  s.moveElsewhere.run(toId, fromId);
  return ids;
}

/** Undoing a merge: the bookings moved then go back to the other record, with their attendance. */
export function moveBookingsBack(db: GuichetDatabase, bookingIds: readonly string[], survivorId: string, mergedId: string): void {
  const s = statements(db);
  for (const id of bookingIds) {
    if (s.moveBookingBack.run(mergedId, id, survivorId).changes === 1) s.moveRedemptionsOfBooking.run(mergedId, id, survivorId);
    else s.moveElsewhereBack.run(mergedId, id, survivorId);
  }
}

// Bookings made at other places through the hub

export interface BookingElsewhereRow {
  id: string;
  beneficiaryId: string;
  workshopId: string;
  siteId: string;
  siteName: string;
  title: string;
  date: string;
  startTime: string;
  durationMin: number;
  bookedAt: string;
  bookedBy: string | null;
}

export function insertBookingElsewhere(db: GuichetDatabase, row: BookingElsewhereRow): void {
  statements(db).insertElsewhere.run(row);
}

export function bookingsElsewhereOf(db: GuichetDatabase, beneficiaryId: string): BookingElsewhereRow[] {
  return statements(db).elsewhereOfPerson.all(beneficiaryId) as BookingElsewhereRow[];
}

export function isBookedElsewhere(db: GuichetDatabase, beneficiaryId: string, workshopId: string): boolean {
  return statements(db).elsewhereFor.get(beneficiaryId, workshopId) === 1;
}
