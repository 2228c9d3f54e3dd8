import { z } from 'zod';

/**
 * What each operation type carries on the wire (schema version 1). Every object is strict (JSON Schema
 * `additionalProperties: false`): the desk's serializers build exactly these fields, the hub refuses anything
 * else. People appear only as a pseudonym (`Pid`, a keyed hash made on the desk); no name, phone, e-mail,
 * address, birth date or note ever appears here (research/reliability.md §4.5).
 */

export const OPERATION_SCHEMA_VERSION = 1;

const Uuid = z.string().uuid();
const Instant = z.string().datetime({ offset: true });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Code = z.string().min(1).max(60);
const Count = z.number().int().min(0);
const Number40 = z.string().min(1).max(40);
/** base32(HMAC-SHA256(desk key, local person id))[:20]: the same person on the same desk, never their identity. */
export const Pid = z.string().regex(/^[A-Z2-7]{20}$/);
const NumberRule = z.object({ pattern: z.string().max(200), checkDigit: z.enum(['none', 'luhn', 'gs1']) }).strict();
const RevocationReason = z.enum(['perdu', 'vole', 'annule']);
const Level = z.enum(['debutant', 'intermediaire', 'avance']).nullable();
const Themes = z.array(Code).max(30);

const PersonFacts = z
  .object({
    ageBand: z.string().max(20).nullable(),
    genre: Code.nullable(),
    socialStatus: Code.nullable(),
    communeCode: z.string().max(5).nullable(),
    qpv: Code.nullable(),
    qpvCode: z.string().max(20).nullable(),
    language: z.string().max(10).nullable(),
    priorityCriteria: z.array(Code).max(30),
    noticeGiven: z.boolean(),
    merged: z.boolean(),
  })
  .strict();

const SessionColumns = z
  .object({
    kind: z.enum(['collectif', 'individuel']),
    title: z.string().max(50),
    serviceId: Uuid,
    themes: Themes,
    level: Level,
    date: IsoDate,
    startTime: z.string().regex(/^\d{2}:\d{2}$/),
    startsAt: Instant,
    durationMin: z.number().int().min(1),
    room: z.string().max(80),
    facilitatorId: Uuid.nullable(),
    capacity: z.number().int().min(0).nullable(),
  })
  .strict();

const FigureLine = z.object({ key: z.string().max(80), label: z.string().max(200), count: Count, valueCents: Count }).strict();

export const operationPayloads = {
  // Reference data: the hub applies these (sites, issuers, lots, carnets and passes).
  'site.created': z.object({ name: z.string().min(1).max(200), kind: z.enum(['ccas', 'mediatheque', 'both']), communeCode: z.string().max(5) }).strict(),
  'issuer.saved': z.object({ name: z.string().min(1).max(200), carnetRule: NumberRule, passRule: NumberRule }).strict(),
  'lot.created': z
    .object({
      issuerId: Uuid,
      reference: z.string().min(1).max(80),
      faceValueCents: z.number().int().min(1),
      carnetSize: z.number().int().min(1),
      validUntil: IsoDate,
      graceUntil: IsoDate,
      blockDays: Count,
      warningDays: Count,
      targetCriteria: z.array(Code).max(20),
    })
    .strict(),
  'carnets.received': z
    .object({ lotId: Uuid, carnets: z.array(z.object({ number: Number40, passes: z.array(Number40).min(1).max(50) }).strict()).min(1).max(1000) })
    .strict(),
  'carnet.distributed': z.object({ number: Number40, lotId: Uuid, person: Pid, at: Instant }).strict(),
  'carnet.reassigned': z.object({ number: Number40, person: Pid, at: Instant }).strict(),
  'carnet.taken-back': z.object({ number: Number40, at: Instant }).strict(),
  'carnet.revoked': z.object({ number: Number40, reason: RevocationReason, at: Instant }).strict(),
  'pass.revoked': z.object({ number: Number40, reason: RevocationReason, at: Instant }).strict(),
  /** The hub decides double redemptions: first arrival wins (UNIQUE pass number), never the desks' clocks. */
  'pass.redeemed': z.object({ number: Number40, lotId: Uuid, sessionId: Uuid, serviceId: Uuid, bookingId: Uuid, at: Instant }).strict(),

  // Statistics: the hub stores them for the collectivity's figures.
  'beneficiary.created': PersonFacts,
  'beneficiary.updated': PersonFacts,
  'beneficiary.merge-undone': PersonFacts,
  'beneficiary.merged': z.object({ survivor: Pid, movedBilans: Count, movedCarnets: Count }).strict(),
  'booking.created': z.object({ sessionId: Uuid, person: Pid, status: Code, at: Instant }).strict(),
  'booking.signed-in': z.object({ sessionId: Uuid, person: Pid, status: Code, overCapacity: z.boolean(), at: Instant }).strict(),
  'booking.absent': z.object({ sessionId: Uuid, status: Code, at: Instant }).strict(),
  'booking.cancelled': z.object({ sessionId: Uuid, at: Instant }).strict(),
  'booking.promoted': z.object({ sessionId: Uuid, at: Instant }).strict(),
  'service.saved': z
    .object({
      name: z.string().min(1).max(100),
      themes: Themes,
      level: Level,
      defaultDurationMin: z.number().int().min(1),
      passRequired: z.boolean(),
      pricePasses: z.number().int().min(1),
      archived: z.boolean(),
    })
    .strict(),
  'workshop.created': SessionColumns.extend({ seriesId: Uuid.nullable() }).strict(),
  'workshop.updated': SessionColumns,
  'workshop.cancelled': z.object({ at: Instant }).strict(),
  'workshop.closed': z.object({ at: Instant, present: Count, absent: Count }).strict(),
  'activity.recorded': z
    .object({
      sessionId: Uuid,
      serviceId: Uuid.nullable(),
      type: z.enum(['collectif', 'individuel']),
      date: IsoDate,
      durationMin: z.number().int().min(1),
      placeType: z.literal('lieu-activite'),
      communeCode: z.string().max(5),
      themes: Themes,
      level: Level,
      autonomy: z.enum(['entierement-accompagne', 'partiellement-autonome', 'autonome']).nullable(),
      redirection: Code.nullable(),
      participants: z.array(Pid).max(500),
      newParticipants: Count,
      passesRedeemed: Count,
      recordedAt: Instant,
    })
    .strict(),
  /** A finished bilan: the closed answers only (free-text answers never leave the desk). */
  'bilan.completed': z
    .object({
      person: Pid,
      gridVersion: z.number().int().min(1),
      status: Code,
      answers: z.record(z.string().max(60), z.union([Code, z.number(), z.boolean(), z.array(Code).max(60), z.null()])),
    })
    .strict(),
  'needs-grid.created': z.object({ version: z.number().int().min(1), definition: z.record(z.string(), z.unknown()) }).strict(),
  'day.closed': z
    .object({
      seq: z.number().int().min(1),
      at: Instant,
      figures: z
        .object({
          date: IsoDate,
          carnetsHandedOut: Count,
          passesHandedOut: Count,
          redeemed: z.object({ count: Count, valueCents: Count }).strict(),
          redeemedByService: z.array(FigureLine),
          redeemedBySession: z.array(FigureLine),
          sessions: z.object({ held: Count, cancelled: Count, notClosed: Count }).strict(),
          attendance: z.object({ present: Count, absent: Count, excused: Count, notSignedIn: Count }).strict(),
          newBeneficiaries: Count,
          bilansCompleted: Count,
          refusals: z.array(z.object({ reason: Code, label: z.string().max(200), count: Count }).strict()),
          pendingUpload: Count,
        })
        .strict(),
    })
    .strict(),
} as const;

export type OperationType = keyof typeof operationPayloads;
export const OPERATION_TYPES = Object.keys(operationPayloads) as OperationType[];
export type OperationPayload<T extends OperationType> = z.infer<(typeof operationPayloads)[T]>;

export function isOperationType(type: string): type is OperationType {
  return Object.prototype.hasOwnProperty.call(operationPayloads, type);
}

/** The JSON Schema of every operation's payload, for the snapshot test and the hub's documentation. */
export function operationJsonSchemas(): Record<OperationType, unknown> {
  return Object.fromEntries(OPERATION_TYPES.map((type) => [type, z.toJSONSchema(operationPayloads[type])])) as Record<OperationType, unknown>;
}
