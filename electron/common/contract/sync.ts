import { z } from 'zod';
import { Id } from './dto';
import { PrintRequestDto } from './devices';
import type { MethodSpec } from './methods';
import { anyAgent, onlyRoles } from './roles';
import { MAX_PROVISIONAL_MAX_DAYS } from '../sync/provisional-policy';

/**
 * Upload to the hub and reference data from it (issue 8): the desk's enrollment, the state of the upload, a sync on
 * demand, and the referents' review inbox of conflicts and rejections.
 */

const method = <T extends MethodSpec>(spec: T): T => spec;
const Count = z.number().int().min(0);

export const SYNC_STATES = [
  /** No hub: the desk works alone (nothing is lost, the outbox waits). */
  'not-configured',
  /** Last exchange succeeded. */
  'idle',
  'syncing',
  /** The hub cannot be reached (network, timeout): retries with backoff. */
  'offline',
  /** The hub answered with an error: retries with backoff. */
  'failing',
  /** The hub's administrator withdrew this desk: nothing is sent any more. */
  'revoked',
] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export const SyncStatusDto = z.object({
  state: z.enum(SYNC_STATES),
  hub: z
    .object({
      url: z.string(),
      deskId: Id,
      collectivityName: z.string(),
      siteName: z.string(),
      enrolledAt: z.string(),
    })
    .nullable(),
  lastPushAt: z.string().nullable(),
  /** When reference data (lots, pass states, places) was last received; its age is shown at the door. */
  lastPullAt: z.string().nullable(),
  /** Operations waiting to be sent (including those waiting for a retry). */
  pending: Count,
  /** Of which: the hub asked to send again later (their dependency has not arrived yet). */
  waitingRetry: Count,
  /** Operations the hub cannot read yet (its version is older): kept, sent again after its upgrade. */
  needsUpgrade: Count,
  /** Conflicts and rejections not yet settled by a referent. */
  toReview: Count,
  lastError: z.object({ message: z.string(), at: z.string() }).nullable(),
  nextAttemptAt: z.string().nullable(),
  /** A warning about this desk's clock, compared with the hub's (the hub never uses it to decide anything). */
  clockWarning: z.string().nullable(),
  /**
   * The site's policy for a pass whose hand-out elsewhere is not known here yet: accepted « à confirmer » while the
   * hub's data is younger than this many days; 0 = never.
   */
  provisionalMaxDays: z.number().int().min(0),
});
export type SyncStatusDto = z.infer<typeof SyncStatusDto>;

export const HubUrl = z
  .string()
  .trim()
  .min(1, 'Adresse du hub obligatoire.')
  .max(300)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'Adresse invalide : elle commence par https://');

export const EnrollInput = z.object({
  hubUrl: HubUrl,
  code: z
    .string()
    .trim()
    .min(6, 'Code d’enrôlement : 6 caractères au moins.')
    .max(64, 'Code d’enrôlement : 64 caractères au plus.'),
});
export type EnrollInput = z.infer<typeof EnrollInput>;

export const ProvisionalPolicyInput = z.object({
  maxDays: z
    .number({ error: 'Nombre de jours obligatoire.' })
    .int('Nombre de jours entier.')
    .min(0, 'Entre 0 et 60 jours.')
    .max(MAX_PROVISIONAL_MAX_DAYS, 'Entre 0 et 60 jours.'),
});
export type ProvisionalPolicyInput = z.infer<typeof ProvisionalPolicyInput>;

/** Another place of the collectivity, as the hub shares it: its services and its next collective workshops. */
export const PlaceDto = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['ccas', 'mediatheque', 'both']),
  communeCode: z.string(),
  services: z.array(z.object({ id: Id, name: z.string(), themes: z.array(z.string()), passRequired: z.boolean(), pricePasses: z.number().int(), durationMin: z.number().int() })),
  workshops: z.array(
    z.object({
      id: Id,
      title: z.string(),
      serviceName: z.string().nullable(),
      date: z.string(),
      startTime: z.string(),
      durationMin: z.number().int(),
      capacity: z.number().int().nullable(),
      passRequired: z.boolean(),
    }),
  ),
});
export type PlaceDto = z.infer<typeof PlaceDto>;

export const PlacesDto = z.object({
  /** When the hub's data was last received (null: never, or no hub). */
  lastPullAt: z.string().nullable(),
  linked: z.boolean(),
  places: z.array(PlaceDto),
});
export type PlacesDto = z.infer<typeof PlacesDto>;

/** A seat taken through the hub in another place's collective workshop. */
export const BookingElsewhereDto = z.object({
  id: Id,
  siteName: z.string(),
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  durationMin: z.number().int(),
  /** Seats left after this one (null: no limit). */
  seatsLeft: z.number().int().nullable(),
  /** The slip handed to the person (where and when to go), none when not asked for. */
  receipts: z.array(PrintRequestDto),
  /** A printing problem; the booking is made anyway. */
  warning: z.string().nullable(),
});
export type BookingElsewhereDto = z.infer<typeof BookingElsewhereDto>;

export const REVIEW_KINDS = [
  /** A pass redeemed here had already been redeemed at another site (first arrival at the hub won). */
  'conflict',
  /** A pass redeemed at another site had already been redeemed here: the other site lost. */
  'conflict-elsewhere',
  /** The hub refused an operation of this desk for good (revoked pass, unknown lot, invalid data). */
  'rejected',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_OUTCOMES = ['seance-maintenue', 'signale', 'erreur-saisie'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const ReviewItemDto = z.object({
  id: Id,
  kind: z.enum(REVIEW_KINDS),
  /** The operation concerned, in French (« Pass utilisé », « Carnet remis »…). */
  operationLabel: z.string(),
  passNumber: z.string().nullable(),
  /** What the hub said, in French. */
  message: z.string(),
  /** When it happened at this desk (its clock), and when the hub's answer arrived. */
  occurredAt: z.string().nullable(),
  detectedAt: z.string(),
  /** For a redemption: the session and the person, as this desk knows them (never uploaded). */
  sessionTitle: z.string().nullable(),
  personName: z.string().nullable(),
  otherSite: z.object({ name: z.string(), at: z.string() }).nullable(),
  settlement: z
    .object({ outcome: z.enum(REVIEW_OUTCOMES), comment: z.string(), at: z.string(), byName: z.string() })
    .nullable(),
});
export type ReviewItemDto = z.infer<typeof ReviewItemDto>;

export const SettleInput = z.object({
  id: Id,
  outcome: z.enum(REVIEW_OUTCOMES),
  comment: z.string().trim().max(300, 'Commentaire : 300 caractères au plus.').default(''),
});
export type SettleInput = z.input<typeof SettleInput>;

const managers = onlyRoles('referent', 'admin');

export const syncMethods = {
  'sync.status': method({ input: z.object({}).strict(), output: SyncStatusDto, access: anyAgent, passive: true }),
  /** « Synchroniser maintenant »: push then pull at once, whatever the backoff; answers when done. */
  'sync.now': method({ input: z.object({}).strict(), output: SyncStatusDto, access: anyAgent }),
  /** An administrator enrolls this desk with the hub's address and a one-time code. */
  'sync.enroll': method({ input: EnrollInput, output: SyncStatusDto, access: onlyRoles('admin') }),
  /** The collectivity's other places, their services and upcoming collective workshops (pulled from the hub). */
  'sync.places': method({ input: z.object({}).strict(), output: PlacesDto, access: anyAgent }),
  /**
   * Books a person into another place's collective workshop through the hub (online only): the seat is taken at the
   * hub, and the person's name and phone go to that place only, for that workshop.
   */
  'sync.book-elsewhere': method({
    input: z.object({ workshopId: Id, beneficiaryId: Id, printSlip: z.boolean().default(true) }),
    output: BookingElsewhereDto,
    access: anyAgent,
  }),
  /** An administrator sets the site's policy for passes « à confirmer » (audited). */
  'sync.set-provisional-policy': method({ input: ProvisionalPolicyInput, output: SyncStatusDto, access: onlyRoles('admin') }),
  'sync.review-list': method({
    input: z.object({ includeSettled: z.boolean().default(false) }),
    output: z.array(ReviewItemDto),
    access: managers,
  }),
  'sync.review-settle': method({ input: SettleInput, output: ReviewItemDto, access: managers }),
} satisfies Record<string, MethodSpec>;

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  'seance-maintenue': 'Séance maintenue : le pass ne sera pas remboursé',
  signale: 'Signalé à l’autre site ou à l’émetteur',
  'erreur-saisie': 'Erreur de saisie au guichet',
};
