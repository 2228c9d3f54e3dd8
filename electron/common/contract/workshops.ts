import { z } from 'zod';
import { IsoDateSchema } from '../domain/passes/paris-date';
import { AUTONOMY_LEVELS, COOP_REDIRECTION_CODES, COOP_THEMATIQUE_CODES, WORKSHOP_LEVELS } from '../domain/workshops/coop';
import { TIME_PATTERN } from '../domain/workshops/paris-time';
import { SIGN_IN_CONFIRMATIONS, SIGN_IN_REFUSALS } from '../domain/workshops/signin-rule';
import { BOOKING_STATUSES, SESSION_KINDS, SESSION_STATUSES } from '../domain/workshops/statuses';
import { REDEMPTION_REFUSALS } from '../domain/passes/redemption-rule';
import { PrintRequestDto } from './devices';
import { Id } from './dto';
import type { MethodSpec } from './methods';
import { anyAgent, onlyRoles } from './roles';
import { StockCode } from './passes';

/**
 * Workshops: the place's catalogue of services, sessions (collective workshops and individual appointments) and
 * their calendar, bookings with a waiting list, the sign-in at the door by scanning a pass, and the activity record
 * written when a session closes.
 */

const method = <T extends MethodSpec>(spec: T): T => spec;

export const Thematique = z.enum(COOP_THEMATIQUE_CODES as [string, ...string[]]);
const Themes = z.array(Thematique).max(19).default([]);
export const TimeOfDay = z.string().regex(TIME_PATTERN, 'Heure invalide (HH:MM).');

export const ServiceFields = z.object({
  name: z.string().trim().min(2, 'Nom du service : 2 caractères au moins.').max(100, 'Nom du service : 100 caractères au plus.'),
  themes: Themes,
  level: z.enum(WORKSHOP_LEVELS).nullable().default(null),
  defaultDurationMin: z.number().int().min(5, 'Durée : 5 minutes au moins.').max(480, 'Durée : 8 heures au plus.'),
  /** Programmes without passes exist (Numérique pour Tous): attendance is then recorded by name. */
  passRequired: z.boolean(),
  /** Passes one person gives for one session (APTIC: one scan = one pass + one service). */
  pricePasses: z.number().int().min(1, 'Prix : 1 pass au moins.').max(10, 'Prix : 10 pass au plus.').default(1),
});
export type ServiceFields = z.output<typeof ServiceFields>;

export const ServiceDto = ServiceFields.extend({ id: Id, archived: z.boolean() });
export type ServiceDto = z.infer<typeof ServiceDto>;

export const SessionFields = z
  .object({
    kind: z.enum(SESSION_KINDS),
    title: z.string().trim().min(2, 'Titre : 2 caractères au moins.').max(50, 'Titre : 50 caractères au plus (il est lu au téléphone et imprimé).'),
    serviceId: Id,
    themes: Themes,
    level: z.enum(WORKSHOP_LEVELS).nullable().default(null),
    date: IsoDateSchema,
    startTime: TimeOfDay,
    durationMin: z.number().int().min(5, 'Durée : 5 minutes au moins.').max(480, 'Durée : 8 heures au plus.'),
    room: z.string().trim().max(80, 'Salle : 80 caractères au plus.').default(''),
    /** The agent who runs it (an individual appointment is in this agent's agenda). */
    facilitatorId: Id.nullable().default(null),
    capacity: z.number().int().min(1, 'Capacité : 1 place au moins.').max(200, 'Capacité : 200 places au plus.'),
  })
  .superRefine((fields, ctx) => {
    if (fields.kind === 'individuel' && fields.capacity !== 1) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'Un rendez-vous individuel a une seule place.' });
  });
export type SessionFields = z.output<typeof SessionFields>;

/** A session as the calendar shows it. */
export const SessionSummaryDto = z.object({
  id: Id,
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  serviceId: Id,
  serviceName: z.string(),
  passRequired: z.boolean(),
  pricePasses: z.number().int(),
  themes: z.array(z.string()),
  level: z.enum(WORKSHOP_LEVELS).nullable(),
  date: z.string(),
  startTime: z.string(),
  /** ISO instants. */
  startsAt: z.string(),
  endsAt: z.string(),
  durationMin: z.number().int(),
  room: z.string(),
  facilitatorId: Id.nullable(),
  facilitatorName: z.string().nullable(),
  capacity: z.number().int(),
  booked: z.number().int(),
  present: z.number().int(),
  waiting: z.number().int(),
  seatsLeft: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  seriesId: Id.nullable(),
  cancelReason: z.string().nullable(),
});
export type SessionSummaryDto = z.infer<typeof SessionSummaryDto>;

export const BookingDto = z.object({
  id: Id,
  sessionId: Id,
  beneficiaryId: Id,
  nom: z.string(),
  prenom: z.string(),
  /** For the reminder and cancellation calls; null when the person has none. */
  phone: z.string().nullable(),
  status: z.enum(BOOKING_STATUSES),
  /** Position in the waiting list (1 = next), null otherwise. */
  waitPosition: z.number().int().nullable(),
  passesRedeemed: z.number().int(),
  passNumbers: z.array(z.string()),
  /** Passes accepted « à confirmer » (their hand-out elsewhere was not known here) that the hub has not confirmed yet. */
  passesToConfirm: z.array(z.string()),
  bookedAt: z.string(),
  bookedByName: z.string().nullable(),
  /** When the person came from the waiting list to a freed seat (to be told). */
  promotedAt: z.string().nullable(),
  signedInAt: z.string().nullable(),
  overCapacity: z.boolean(),
});
export type BookingDto = z.infer<typeof BookingDto>;

export const ActivityDto = z.object({
  id: Id,
  sessionId: Id,
  type: z.enum(['collectif', 'individuel']),
  date: z.string(),
  durationMin: z.number().int(),
  placeType: z.literal('lieu-activite'),
  placeName: z.string(),
  communeCode: z.string(),
  title: z.string(),
  themes: z.array(z.string()),
  level: z.enum(WORKSHOP_LEVELS).nullable(),
  autonomy: z.enum(AUTONOMY_LEVELS).nullable(),
  redirection: z.string().nullable(),
  participants: z.number().int(),
  /** Participants seen for the first time in an activity of this desk (La Coop's « premier accompagnement »). */
  newParticipants: z.number().int(),
  passesRedeemed: z.number().int(),
  recordedAt: z.string(),
});
export type ActivityDto = z.infer<typeof ActivityDto>;

export const SessionDetailDto = z.object({
  session: SessionSummaryDto,
  /** Everyone booked, waiting or cancelled, in the order of the list (waiting list by rank). */
  bookings: z.array(BookingDto),
  activity: ActivityDto.nullable(),
});
export type SessionDetailDto = z.infer<typeof SessionDetailDto>;

/** A booking seen from the person's page. */
export const PersonBookingDto = BookingDto.extend({ session: SessionSummaryDto });
export type PersonBookingDto = z.infer<typeof PersonBookingDto>;

export const BookingResultDto = z.object({
  booking: BookingDto,
  /** The slip handed to the person (none when not asked for, or for the waiting list). */
  receipts: z.array(PrintRequestDto),
  /** A printing problem or anything the agent should know; the booking is made anyway. */
  warning: z.string().nullable(),
});
export type BookingResultDto = z.infer<typeof BookingResultDto>;

export const CancelBookingDto = z.object({
  booking: BookingDto,
  /** The first of the waiting list, given the freed seat: to be called. */
  promoted: BookingDto.nullable(),
});
export type CancelBookingDto = z.infer<typeof CancelBookingDto>;

export const ReminderDto = z.object({ booking: BookingDto, session: SessionSummaryDto });
export type ReminderDto = z.infer<typeof ReminderDto>;

export const SignInResultDto = z.discriminatedUnion('outcome', [
  /** Present; the pass (if any) is used. `added` when the person was not booked. */
  z.object({
    outcome: z.literal('present'),
    message: z.string(),
    booking: BookingDto,
    passNumber: z.string().nullable(),
    added: z.boolean(),
    /** More passes are expected from this person (a service priced several passes). */
    passesMissing: z.number().int(),
    /**
     * The hub's word on the pass, when this desk is enrolled: `accepted`, `conflict` (already used at another site:
     * shown while the person is still at the door), or `waiting` (no answer within 2 s: checked at the next sync).
     */
    hub: z.object({ status: z.enum(['accepted', 'conflict', 'waiting']), message: z.string() }).optional(),
  }),
  z.object({ outcome: z.literal('refused'), reason: z.enum([...REDEMPTION_REFUSALS, ...SIGN_IN_REFUSALS]), message: z.string() }),
  z.object({ outcome: z.literal('duplicate'), message: z.string() }),
  /** Nothing changed; the same call with `confirm` including this confirmation goes through. */
  z.object({ outcome: z.literal('confirm'), confirmation: z.enum(SIGN_IN_CONFIRMATIONS), message: z.string() }),
]);
export type SignInResultDto = z.infer<typeof SignInResultDto>;

const Reason = z.string().trim().min(2, 'Motif obligatoire.').max(200, 'Motif : 200 caractères au plus.');
const Confirmations = z.array(z.enum(SIGN_IN_CONFIRMATIONS)).max(2).default([]);
/** A referent's login and password typed at the door, to seat a person over capacity when the agent is not one. */
const Approval = z
  .object({ login: z.string().trim().toLowerCase().min(1, 'Identifiant du·de la référent·e obligatoire.').max(40), password: z.string().min(1, 'Mot de passe obligatoire.').max(200) })
  .nullable()
  .default(null);

/** Médiateurs run the workshops; the front desk books people; referents manage the catalogue and override. */
const facilitators = onlyRoles('mediateur', 'referent', 'admin');
const managers = onlyRoles('referent', 'admin');

export const workshopMethods = {
  'services.list': method({ input: z.object({ includeArchived: z.boolean().default(false) }), output: z.array(ServiceDto), access: anyAgent }),
  /** Creates a service (no `id`) or changes it; an archived service is no longer offered for new sessions. */
  'services.save': method({ input: ServiceFields.extend({ id: Id.optional(), archived: z.boolean().default(false) }), output: ServiceDto, access: managers }),

  /** The agents who may run a session (for the facilitator field and the individual agendas). */
  'workshops.facilitators': method({ input: z.object({}).strict(), output: z.array(z.object({ id: Id, displayName: z.string() })), access: anyAgent }),
  /** Sessions whose day is in [from, to] (at most 62 days), in time order. */
  'workshops.calendar': method({
    input: z
      .object({ from: IsoDateSchema, to: IsoDateSchema, facilitatorId: Id.optional() })
      .refine((range) => range.from <= range.to, { message: 'La fin de la période précède son début.', path: ['to'] }),
    output: z.array(SessionSummaryDto),
    access: anyAgent,
  }),
  'workshops.get': method({ input: z.object({ id: Id }), output: SessionDetailDto, access: anyAgent }),
  /** One session, or a weekly series of `weeks` sessions on the same weekday and time. */
  'workshops.create': method({
    input: z.object({ fields: SessionFields, weeks: z.number().int().min(1).max(52, 'Série : 52 semaines au plus.').default(1) }),
    output: z.array(SessionSummaryDto),
    access: facilitators,
  }),
  'workshops.update': method({ input: z.object({ id: Id, fields: SessionFields }), output: SessionDetailDto, access: facilitators }),
  /** Cancels the session (or the rest of its series); the booked people stay listed, with their phones, to be called. */
  'workshops.cancel': method({
    input: z.object({ id: Id, reason: Reason, wholeSeries: z.boolean().default(false) }),
    output: SessionDetailDto,
    access: facilitators,
  }),
  /** Marks everyone still « à venir » absent (or excused when listed), closes the session and writes its activity. */
  'workshops.close': method({
    input: z.object({
      id: Id,
      excusedBookingIds: z.array(Id).max(200).default([]),
      autonomy: z.enum(AUTONOMY_LEVELS).nullable().default(null),
      redirection: z.enum(COOP_REDIRECTION_CODES as [string, ...string[]]).nullable().default(null),
    }),
    output: SessionDetailDto,
    access: facilitators,
  }),

  /** Books the person, or puts them on the waiting list when the session is full (seats checked in the same transaction). */
  'bookings.create': method({
    input: z.object({ sessionId: Id, beneficiaryId: Id, printSlip: z.boolean().default(true) }),
    output: BookingResultDto,
    access: anyAgent,
  }),
  /** Cancels a booking or leaves the waiting list; a freed seat goes to the first in line. */
  'bookings.cancel': method({ input: z.object({ bookingId: Id }), output: CancelBookingDto, access: anyAgent }),
  'bookings.of-person': method({ input: z.object({ beneficiaryId: Id }), output: z.array(PersonBookingDto), access: anyAgent }),
  'bookings.print-slip': method({ input: z.object({ bookingId: Id }), output: PrintRequestDto, access: anyAgent }),
  /** The people booked on that day, to remind by phone. */
  'bookings.reminders': method({ input: z.object({ date: IsoDateSchema }), output: z.array(ReminderDto), access: anyAgent }),

  /** A pass scanned at the door: checked, redeemed and the person marked present, in one transaction. */
  'signin.scan': method({
    input: z.object({ sessionId: Id, code: StockCode, expectedBeneficiaryId: Id.nullable().default(null), confirm: Confirmations, approval: Approval }),
    output: SignInResultDto,
    access: anyAgent,
  }),
  /** A person marked present by name (a session that needs no pass). */
  'signin.mark-present': method({
    input: z.object({ sessionId: Id, beneficiaryId: Id, confirm: Confirmations, approval: Approval }),
    output: SignInResultDto,
    access: anyAgent,
  }),
  'signin.mark-absent': method({ input: z.object({ bookingId: Id, excused: z.boolean() }), output: BookingDto, access: anyAgent }),
} satisfies Record<string, MethodSpec>;
