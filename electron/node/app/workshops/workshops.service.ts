import {
  AppError,
  type BookingDto,
  type BookingResultDto,
  type CancelBookingDto,
  type PersonBookingDto,
  type PrintRequestDto,
  type ReminderDto,
  type Role,
  type ServiceDto,
  type ServiceFields,
  type SessionDetailDto,
  type SessionFields,
  type SessionSummaryDto,
  type SignInResultDto,
  type TimelineEntryDto,
} from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { addDays, daysFromTo, frenchDate, parisDate, parisTime } from '../../../common/domain/passes/paris-date';
import { BOOKING_STATUS_LABELS } from '../../../common/domain/workshops/statuses';
import { OVER_CAPACITY_ROLES, type SignInConfirmation } from '../../../common/domain/workshops/signin-rule';
import type { AutonomyLevel } from '../../../common/domain/workshops/coop';
import { bookingSlipLayout } from '../../../common/receipts/booking-slip';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';
import { writeChange } from '../../../../db/change';
import { findAgentById, findAgentByLogin, listAgents } from '../../../../db/repositories/agent.repo';
import { verifySecret } from '../auth/password-hash';
import { getSite } from '../../../../db/repositories/site.repo';
import {
  findActivityOfSession,
  findBookingListRow,
  findServiceByName,
  findSession,
  findSessionListRow,
  insertService,
  listBookedOn,
  listBookingsOfPerson,
  listBookingsOfSession,
  listServices,
  listSessionsBetween,
  bookingsElsewhereOf,
  passesOfBooking,
  passesOfSession,
  updateService,
  type BookingListRow,
  type ServiceRow,
} from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { bookPerson, cancelBooking, markAbsent } from './bookings';
import { closeSession } from './session-close';
import { cancelSessions, createSessions, updateSessionFields } from './session-schedule';
import { signIn, type SignInApplied } from './signin';
import { existingService, type WorkshopContext } from './workshop-context';
import { toActivityDto, toBookingDto, toServiceDto, toSessionSummaryDto, waitPositions } from './workshop-dto';

/** The longest calendar range one call returns (a month view with its partial weeks is 42 days). */
const MAX_CALENDAR_DAYS = 62;

/** What the workshops need of the printer (DevicesService). */
export interface WorkshopPrinter {
  printReceipt(kind: 'booking', layout: ReceiptLayout): PrintRequestDto;
}

export type Actor = { agentId: string; role: Role };
type Credentials = { login: string; password: string };

/**
 * The place's catalogue, its sessions and their calendar, bookings with the waiting list, the sign-in at the door
 * and the close that writes the activity. `announce` tells the screens that show a session, or its day, to reload.
 */
/** Shown in amber at the door for a pass accepted « à confirmer » until the hub answers. */
const PROVISIONAL_NOTE = 'sa remise n’était pas encore connue de ce poste : le hub le confirmera à la prochaine synchronisation.';

export class WorkshopsService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly printer: WorkshopPrinter,
    private readonly announce: (change: { sessionId: string; date: string }) => void = () => undefined,
  ) {}

  /** Tells the screens showing this session (or its day) to reload. */
  onChanged(sessionId: string): void {
    const session = findSession(this.db, sessionId);
    if (session) this.announce({ sessionId, date: session.date });
  }

  private context(actorId: string): WorkshopContext {
    return { db: this.db, clock: this.clock, actorId };
  }

  // Catalogue

  services(includeArchived: boolean): ServiceDto[] {
    return listServices(this.db, includeArchived).map(toServiceDto);
  }

  saveService(actorId: string, input: ServiceFields & { id?: string; archived: boolean }): ServiceDto {
    const clash = findServiceByName(this.db, input.name);
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Un service s’appelle déjà « ${input.name} ».`, { name: 'Nom déjà utilisé.' });
    const before = input.id ? existingService(this.db, input.id) : undefined;
    const now = this.clock().toISOString();
    const row: ServiceRow = {
      id: before?.id ?? newId(),
      name: input.name,
      themes: JSON.stringify(input.themes),
      level: input.level,
      defaultDurationMin: input.defaultDurationMin,
      passRequired: input.passRequired,
      pricePasses: input.pricePasses,
      archivedAt: input.archived ? (before?.archivedAt ?? now) : null,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    writeChange(this.db, this.clock, (tx) => {
      if (before) updateService(tx, row);
      else insertService(tx, row);
      const dto = toServiceDto(row);
      return {
        result: null,
        audit: { actorId, action: before ? 'service.updated' : 'service.created', targetType: 'service', targetId: row.id, details: { ...dto } },
        outbox: { entity: 'service', entityId: row.id, operation: 'service.saved', payload: { ...dto } },
      };
    });
    return toServiceDto(row);
  }

  // Sessions

  facilitators(): Array<{ id: string; displayName: string }> {
    return listAgents(this.db)
      .filter((agent) => !agent.disabled)
      .map((agent) => ({ id: agent.id, displayName: agent.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  }

  calendar(input: { from: string; to: string; facilitatorId?: string }): SessionSummaryDto[] {
    if (daysFromTo(input.from, input.to) >= MAX_CALENDAR_DAYS) throw new AppError('INVALID_INPUT', `Période trop longue : ${MAX_CALENDAR_DAYS} jours au plus.`);
    const rows = listSessionsBetween(this.db, input.from, input.to);
    return (input.facilitatorId ? rows.filter((row) => row.facilitatorId === input.facilitatorId) : rows).map(toSessionSummaryDto);
  }

  /** The next collective workshops that take a pass and still have seats, over the next four weeks. */
  upcomingWithSeats(limit: number): SessionSummaryDto[] {
    const now = this.clock();
    const today = parisDate(now);
    return listSessionsBetween(this.db, today, addDays(today, 28))
      .map(toSessionSummaryDto)
      .filter((s) => s.status === 'prevue' && s.kind === 'collectif' && s.passRequired && s.seatsLeft > 0 && Date.parse(s.startsAt) > now.getTime())
      .slice(0, limit);
  }

  private summary(id: string): SessionSummaryDto {
    const row = findSessionListRow(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Séance introuvable.');
    return toSessionSummaryDto(row);
  }

  get(id: string): SessionDetailDto {
    const session = this.summary(id);
    const rows = listBookingsOfSession(this.db, id);
    const positions = waitPositions(rows);
    const passes = passesOfSession(this.db, id);
    const activity = findActivityOfSession(this.db, id);
    return {
      session,
      bookings: rows.map((row) => toBookingDto(row, passes.get(row.id) ?? { numbers: [], toConfirm: [] }, positions.get(row.id) ?? null)),
      activity: activity ? toActivityDto(activity) : null,
    };
  }

  create(actorId: string, input: { fields: SessionFields; weeks: number }): SessionSummaryDto[] {
    const ids = createSessions(this.context(actorId), input.fields, input.weeks);
    ids.forEach((id) => this.onChanged(id));
    return ids.map((id) => this.summary(id));
  }

  update(actorId: string, input: { id: string; fields: SessionFields }): SessionDetailDto {
    updateSessionFields(this.context(actorId), input.id, input.fields);
    this.onChanged(input.id);
    return this.get(input.id);
  }

  cancel(actorId: string, input: { id: string; reason: string; wholeSeries: boolean }): SessionDetailDto {
    cancelSessions(this.context(actorId), input.id, input.reason, input.wholeSeries);
    this.onChanged(input.id);
    return this.get(input.id);
  }

  close(actorId: string, input: { id: string; excusedBookingIds: string[]; autonomy: AutonomyLevel | null; redirection: string | null }): SessionDetailDto {
    closeSession(this.context(actorId), { sessionId: input.id, excusedBookingIds: input.excusedBookingIds, autonomy: input.autonomy, redirection: input.redirection });
    this.onChanged(input.id);
    return this.get(input.id);
  }

  // Bookings

  private bookingDto(row: BookingListRow): BookingDto {
    const position = row.status === 'liste-attente' ? (waitPositions(listBookingsOfSession(this.db, row.sessionId)).get(row.id) ?? null) : null;
    return toBookingDto(row, passesOfBooking(this.db, row.id), position);
  }

  booking(id: string): BookingDto {
    const row = findBookingListRow(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Inscription introuvable.');
    return this.bookingDto(row);
  }

  book(actorId: string, input: { sessionId: string; beneficiaryId: string; printSlip: boolean }): BookingResultDto {
    const id = bookPerson(this.context(actorId), input.sessionId, input.beneficiaryId);
    this.onChanged(input.sessionId);
    const booking = this.booking(id);
    if (!input.printSlip) return { booking, receipts: [], warning: null };
    // The booking is made whatever happens to its slip: a printing problem is a warning, reprint later.
    try {
      return { booking, receipts: [this.printSlip(id)], warning: null };
    } catch (error) {
      const reason = error instanceof AppError ? error.message : 'erreur d’impression.';
      return { booking, receipts: [], warning: `Inscription faite, mais ticket non imprimé : ${reason} Réimprimez-le depuis la séance.` };
    }
  }

  cancelBooking(actorId: string, bookingId: string): CancelBookingDto {
    const promotedId = cancelBooking(this.context(actorId), bookingId);
    const booking = this.booking(bookingId);
    this.onChanged(booking.sessionId);
    return { booking, promoted: promotedId ? this.booking(promotedId) : null };
  }

  ofPerson(beneficiaryId: string): PersonBookingDto[] {
    const sessions = new Map<string, SessionSummaryDto>();
    return listBookingsOfPerson(this.db, beneficiaryId).map((row) => {
      if (!sessions.has(row.sessionId)) sessions.set(row.sessionId, this.summary(row.sessionId));
      return { ...this.bookingDto(row), session: sessions.get(row.sessionId) as SessionSummaryDto };
    });
  }

  /** The person's bookings and attendance, for the timeline of the person's page. */
  timelineOf(beneficiaryId: string): TimelineEntryDto[] {
    const elsewhere: TimelineEntryDto[] = bookingsElsewhereOf(this.db, beneficiaryId).map((row) => ({
      kind: 'booking-elsewhere',
      at: row.bookedAt,
      bookingId: row.id,
      siteName: row.siteName,
      text: `Inscrit·e à « ${row.title} » du ${frenchDate(row.date)} à ${row.startTime} — ${row.siteName}`,
      agentName: row.bookedBy ? (findAgentById(this.db, row.bookedBy)?.displayName ?? null) : null,
    }));
    return [...elsewhere, ...this.bookingTimeline(beneficiaryId)];
  }

  private bookingTimeline(beneficiaryId: string): TimelineEntryDto[] {
    return listBookingsOfPerson(this.db, beneficiaryId).flatMap((row) => {
      const session = this.summary(row.sessionId);
      const what = `« ${session.title} » du ${frenchDate(session.date)} à ${session.startTime}`;
      const booked: TimelineEntryDto = {
        kind: 'booking',
        at: row.queuedAt,
        sessionId: session.id,
        moment: 'booked',
        text: row.status === 'liste-attente' ? `En liste d’attente pour ${what}` : `Inscrit·e à ${what}`,
      };
      if (row.status === 'a-venir' || row.status === 'liste-attente') return [booked];
      const outcome: TimelineEntryDto = {
        kind: 'booking',
        at: row.status === 'present' ? (row.signedInAt ?? row.statusAt) : row.statusAt,
        sessionId: session.id,
        moment: 'attendance',
        text: `${BOOKING_STATUS_LABELS[row.status]} : ${what}${row.status === 'annule' && session.status === 'annulee' ? ' (séance annulée)' : ''}`,
      };
      // A walk-in was booked at the door: one entry says it all.
      return row.signedInAt && row.queuedAt === row.signedInAt ? [outcome] : [booked, outcome];
    });
  }

  reminders(date: string): ReminderDto[] {
    const sessions = new Map<string, SessionSummaryDto>();
    return listBookedOn(this.db, date).map((row) => {
      if (!sessions.has(row.sessionId)) sessions.set(row.sessionId, this.summary(row.sessionId));
      return { booking: this.bookingDto(row), session: sessions.get(row.sessionId) as SessionSummaryDto };
    });
  }

  printSlip(bookingId: string): PrintRequestDto {
    const booking = this.booking(bookingId);
    if (booking.status === 'annule') throw new AppError('CONFLICT', 'Inscription annulée : pas de ticket.');
    const session = this.summary(booking.sessionId);
    const layout = bookingSlipLayout({
      siteName: getSite(this.db)?.name ?? null,
      person: { prenom: booking.prenom, nom: booking.nom },
      title: session.title,
      serviceName: session.serviceName,
      date: session.date,
      startTime: session.startTime,
      endTime: parisTime(new Date(session.endsAt)),
      room: session.room,
      pricePasses: session.passRequired ? session.pricePasses : 0,
      waitPosition: booking.waitPosition,
    });
    return this.printer.printReceipt('booking', layout);
  }

  // Sign-in

  /**
   * One sign-in. Referents and administrators may seat a person over capacity; another agent needs a referent's
   * login and password typed at the door (`approval`), checked here and named in the audit trail.
   */
  async signIn(
    actor: Actor,
    input: { sessionId: string; code: string | null; beneficiaryId: string | null; confirm: SignInConfirmation[]; approval: Credentials | null },
  ): Promise<SignInResultDto> {
    const approvedBy = input.approval ? await this.approver(input.approval) : null;
    const mayExceedCapacity = OVER_CAPACITY_ROLES.includes(actor.role) || approvedBy !== null;
    const applied = signIn({ ...this.context(actor.agentId), mayExceedCapacity, approvedBy }, input);
    if (applied.kind === 'present') this.onChanged(input.sessionId);
    return this.signInResult(applied);
  }

  /** The referent (or administrator) whose credentials were typed at the door; refused in French otherwise. */
  private async approver(credentials: Credentials): Promise<string> {
    const agent = findAgentByLogin(this.db, credentials.login);
    const valid = agent !== undefined && (await verifySecret(credentials.password, agent.passwordHash));
    if (!agent || !valid) throw new AppError('BAD_CREDENTIALS', 'Identifiant ou mot de passe du·de la référent·e incorrect : personne n’est ajouté.');
    if (agent.disabled) throw new AppError('ACCOUNT_DISABLED', 'Ce compte de référent·e est désactivé : personne n’est ajouté.');
    if (!OVER_CAPACITY_ROLES.includes(agent.role)) throw new AppError('FORBIDDEN', `${agent.displayName} n’est pas référent·e : seul·e un·e référent·e peut ajouter une personne en surnombre.`);
    return agent.id;
  }

  private signInResult(applied: SignInApplied): SignInResultDto {
    switch (applied.kind) {
      case 'present': {
        const missing = applied.passesMissing > 0 ? ` Encore ${applied.passesMissing} pass à scanner.` : '';
        const message = `${applied.personName} : présent·e.${applied.added ? ' Ajouté·e à la séance.' : ''}${missing}`;
        const result: SignInResultDto = {
          outcome: 'present',
          message,
          booking: this.booking(applied.bookingId),
          passNumber: applied.passNumber,
          added: applied.added,
          passesMissing: applied.passesMissing,
        };
        return applied.provisional ? { ...result, hub: { status: 'waiting', message: PROVISIONAL_NOTE } } : result;
      }
      case 'refuse':
        return { outcome: 'refused', reason: applied.reason, message: applied.message };
      case 'duplicate':
        return { outcome: 'duplicate', message: applied.message };
      case 'confirm':
        return { outcome: 'confirm', confirmation: applied.confirmation, message: applied.message };
    }
  }

  markAbsent(actorId: string, input: { bookingId: string; excused: boolean }): BookingDto {
    const sessionId = markAbsent(this.context(actorId), input.bookingId, input.excused);
    this.onChanged(sessionId);
    return this.booking(input.bookingId);
  }
}
