import { z } from 'zod';

/**
 * The wire protocol between a desk and the hub (research/reliability.md §1.3). Shared by both sides: the desk's
 * uploader and the hub's routes parse the same schemas. Every request carries the header `Guichet-Protocol`; a
 * hub that does not speak the desk's version answers 426 `upgrade_required`.
 *
 * Authentication: `Authorization: Bearer <deskId>.<secret>`, the credential the hub gave at enrollment. The hub
 * keeps only a hash of the secret.
 */

export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'guichet-protocol';
/** Largest batch a hub accepts; desks send smaller ones. */
export const MAX_PUSH_OPS = 500;
export const MAX_PULL_LIMIT = 5000;

const Uuid = z.string().uuid();
const Instant = z.string().datetime({ offset: true });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Label = z.string().min(1).max(200);

// Errors ---------------------------------------------------------------------------------------------------------

export const HUB_ERROR_CODES = [
  /** The body or query does not match this protocol. HTTP 400. */
  'invalid_request',
  /** No credential, or not a known one. HTTP 401. */
  'unauthorized',
  /** The hub's administrator revoked this desk: it must stop syncing. HTTP 403. */
  'desk_revoked',
  /** Enrollment code unknown, already used or expired. HTTP 403. */
  'enrollment_refused',
  /** The desk speaks a protocol version this hub does not. HTTP 426. */
  'upgrade_required',
  /** A seat in another place's workshop could not be taken (full, cancelled, past). HTTP 409. */
  'booking_refused',
  /** Anything else. HTTP 500/503. */
  'server_error',
] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

/** The body of every non-2xx answer. `message` is French, shown to the desk's administrator as is. */
export const HubErrorBody = z.object({ error: z.object({ code: z.enum(HUB_ERROR_CODES), message: z.string() }) });
export type HubErrorBody = z.infer<typeof HubErrorBody>;

// Enrollment -----------------------------------------------------------------------------------------------------

export const SITE_KINDS = ['ccas', 'mediatheque', 'both'] as const;

export const WireSite = z
  .object({
    id: Uuid,
    name: Label,
    kind: z.enum(SITE_KINDS),
    communeCode: z.string().regex(/^[0-9AB]{5}$/),
  })
  .strict();
export type WireSite = z.infer<typeof WireSite>;

/** POST /v1/enroll (no credential): a one-time code created by the hub's administrator for a collectivity. */
export const EnrollRequest = z
  .object({
    code: z.string().trim().min(6).max(64),
    /** The desk's own site (created by its first-run wizard); the hub registers it in the code's collectivity. */
    site: WireSite,
    appVersion: z.string().max(40),
  })
  .strict();
export type EnrollRequest = z.infer<typeof EnrollRequest>;

export const EnrollResponse = z
  .object({
    deskId: Uuid,
    /** `<deskId>.<secret>`: shown once, never again. */
    credential: z.string().min(40).max(200),
    collectivity: z.object({ id: Uuid, name: Label }).strict(),
    site: WireSite,
  })
  .strict();
export type EnrollResponse = z.infer<typeof EnrollResponse>;

// Bookings across desks ------------------------------------------------------------------------------------------

/** The identity the running place needs for a booking (reminders): sent only in the booking, only to that place. */
export const BookedPerson = z
  .object({
    nom: z.string().min(1).max(100),
    prenom: z.string().min(1).max(100),
    phone: z.string().max(30).nullable(),
  })
  .strict();
export type BookedPerson = z.infer<typeof BookedPerson>;

/** POST /v1/bookings: a seat in another place's collective workshop, taken at the hub (idempotent by `bookingId`). */
export const BookRequest = z.object({ bookingId: Uuid, workshopId: Uuid, person: BookedPerson }).strict();
export type BookRequest = z.infer<typeof BookRequest>;

export const BookResponse = z
  .object({
    /** Seats left after this one (null: no limit). */
    seatsLeft: z.number().int().min(0).nullable(),
    siteName: Label,
  })
  .strict();
export type BookResponse = z.infer<typeof BookResponse>;

// Push -----------------------------------------------------------------------------------------------------------

/** One outbox row as uploaded: its payload already passed through the operation's serializer (operations.ts). */
export const WireOp = z
  .object({
    opId: Uuid,
    /** The desk's outbox sequence number, for gap detection per (desk, epoch). */
    seq: z.number().int().positive(),
    type: z.string().min(1).max(60),
    /** The entity the operation is about (pseudonymised for people). */
    key: z.string().min(1).max(80),
    schemaVersion: z.number().int().positive(),
    /** The desk's clock: informative only, never used to decide who came first. */
    createdAt: Instant,
    /** The local account that acted (an id, never a name). */
    agentId: Uuid.nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type WireOp = z.infer<typeof WireOp>;

export const PushRequest = z
  .object({
    /** New after every restore from backup or reinstall. */
    epoch: Uuid,
    batchId: Uuid,
    ops: z.array(WireOp).min(1).max(MAX_PUSH_OPS),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequest>;

export const REJECTION_REASONS = ['unknown_pass', 'unknown_lot', 'revoked', 'validation', 'not_allowed'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const WinnerDto = z.object({ siteId: Uuid, siteName: Label, at: Instant }).strict();
export type WinnerDto = z.infer<typeof WinnerDto>;

/** The result of one operation. The hub stores it with the operation id and answers it again on a replay. */
export const OpResult = z.discriminatedUnion('status', [
  z.object({ opId: Uuid, status: z.literal('accepted') }).strict(),
  /** Another site's redemption of the same pass arrived first (in the hub's commit order). */
  z.object({ opId: Uuid, status: z.literal('conflict'), winner: WinnerDto, message: z.string() }).strict(),
  /** Permanently refused: the desk keeps its record and shows it for review; never sent again. */
  z.object({ opId: Uuid, status: z.literal('rejected'), reason: z.enum(REJECTION_REASONS), message: z.string() }).strict(),
  /** Not now (what it depends on has not arrived yet): sent again later, with backoff. Not stored by the hub. */
  z.object({ opId: Uuid, status: z.literal('retry_later'), message: z.string() }).strict(),
  /** The hub does not know this operation type or schema version yet: kept by the hub, applied after its upgrade. */
  z.object({ opId: Uuid, status: z.literal('upgrade_required'), message: z.string() }).strict(),
]);
export type OpResult = z.infer<typeof OpResult>;
export type OpStatus = OpResult['status'];

export const PushResponse = z.object({ results: z.array(OpResult), serverTime: Instant }).strict();
export type PushResponse = z.infer<typeof PushResponse>;

// Pull -----------------------------------------------------------------------------------------------------------

export const PASS_STATES = ['in-stock', 'distributed', 'redeemed', 'revoked'] as const;
export type PassState = (typeof PASS_STATES)[number];

const NumberRule = z.object({ pattern: z.string().max(200), checkDigit: z.enum(['none', 'luhn', 'gs1']) }).strict();

export const WORKSHOP_STATES = ['planned', 'cancelled', 'closed'] as const;

/** The reference data a desk pulls: what the collectivity shares, never a person's identity. */
export const PullData = {
  site: WireSite,
  issuer: z.object({ id: Uuid, name: Label, carnetRule: NumberRule, passRule: NumberRule }).strict(),
  lot: z
    .object({
      id: Uuid,
      issuerId: Uuid,
      reference: Label,
      faceValueCents: z.number().int().min(1),
      carnetSize: z.number().int().min(1),
      validUntil: IsoDate,
      graceUntil: IsoDate,
      blockDays: z.number().int().min(0),
      warningDays: z.number().int().min(0),
      /** The site that received the lot. */
      siteId: Uuid,
    })
    .strict(),
  /** One pass's state as the hub knows it; `siteId` is the site that holds it, redeemed or revoked it. */
  pass: z
    .object({
      number: z.string().min(1).max(40),
      carnetNumber: z.string().min(1).max(40),
      lotId: Uuid,
      state: z.enum(PASS_STATES),
      siteId: Uuid,
      /** When the hub learnt this state. */
      at: Instant,
    })
    .strict(),
  /** A service of a place's catalogue (what it offers, for how many passes). */
  service: z
    .object({
      id: Uuid,
      siteId: Uuid,
      name: z.string().min(1).max(100),
      themes: z.array(z.string().min(1).max(60)).max(30),
      level: z.enum(['debutant', 'intermediaire', 'avance']).nullable(),
      defaultDurationMin: z.number().int().min(1),
      passRequired: z.boolean(),
      pricePasses: z.number().int().min(1),
      archived: z.boolean(),
    })
    .strict(),
  /** A collective workshop of a place (individual appointments are not shared). */
  workshop: z
    .object({
      id: Uuid,
      siteId: Uuid,
      serviceId: Uuid,
      title: z.string().max(50),
      themes: z.array(z.string().min(1).max(60)).max(30),
      level: z.enum(['debutant', 'intermediaire', 'avance']).nullable(),
      date: IsoDate,
      startTime: z.string().regex(/^\d{2}:\d{2}$/),
      durationMin: z.number().int().min(1),
      capacity: z.number().int().min(0).nullable(),
      status: z.enum(WORKSHOP_STATES),
    })
    .strict(),
  /**
   * A seat another place took in one of this site's workshops, with the person's name and phone: pulled only by the
   * running site's desks; `person` is null once the hub has removed it (a week after the workshop).
   */
  booking: z
    .object({
      id: Uuid,
      workshopId: Uuid,
      fromSiteId: Uuid,
      fromSiteName: Label,
      person: BookedPerson.nullable(),
      at: Instant,
    })
    .strict(),
  /** A login the hub's administrator disabled (or enabled again) at every desk of the collectivity. */
  account: z.object({ login: z.string().min(1).max(40), disabled: z.boolean(), at: Instant }).strict(),
  /** A pass redeemed at two sites: the first arrival won; both sites see it. */
  conflict: z
    .object({
      passNumber: z.string().min(1).max(40),
      winner: WinnerDto,
      loser: WinnerDto,
      detectedAt: Instant,
    })
    .strict(),
} as const;
export type PullEntity = keyof typeof PullData;
/** One pulled entity's data, as the hub sends it (`PullEntityData<'workshop'>`). */
export type PullEntityData<E extends PullEntity> = z.infer<(typeof PullData)[E]>;
export const PULL_ENTITIES = Object.keys(PullData) as PullEntity[];

export type PullChange = { [E in PullEntity]: { seq: number; entity: E; key: string; data: z.infer<(typeof PullData)[E]> } }[PullEntity];

export const PullChangeSchema = z.discriminatedUnion(
  'entity',
  PULL_ENTITIES.map((entity) =>
    z.object({ seq: z.number().int().positive(), entity: z.literal(entity), key: z.string().min(1).max(80), data: PullData[entity] }).strict(),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/** GET /v1/sync/pull?cursor=N&limit=L: the collectivity's changes after `cursor`, oldest first. */
export const PullQuery = z.object({
  cursor: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1000),
});
export type PullQuery = z.infer<typeof PullQuery>;

export const PullResponse = z
  .object({
    changes: z.array(PullChangeSchema),
    /** The seq of the last change given (the request's cursor when none). */
    cursor: z.number().int().min(0),
    more: z.boolean(),
    serverTime: Instant,
  })
  .strict();
export type PullResponse = { changes: PullChange[]; cursor: number; more: boolean; serverTime: string };
