import { isOperationType, OPERATION_SCHEMA_VERSION, operationPayloads, type OperationType } from '../../common/sync/operations';
import type { WireOp } from '../../common/sync/protocol';
import type { OutboxRow } from '../../../db/repositories/sync.repo';

export type { OutboxRow };

/** A local outbox payload that no serializer can turn into its wire form: a poison operation, refused on the desk. */
export class SerializationError extends Error {}

type Local = Record<string, unknown>;
type Pid = (localPersonId: string) => string;
interface Wire {
  key: string;
  payload: Local;
}

const asString = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value === '') throw new SerializationError(`champ ${field} manquant`);
  return value;
};

function pick(local: Local, fields: readonly string[]): Local {
  return Object.fromEntries(fields.map((field) => [field, local[field]]));
}

const ACTIVITY_FIELDS = ['sessionId', 'serviceId', 'type', 'date', 'durationMin', 'placeType', 'communeCode', 'themes', 'level', 'autonomy', 'redirection', 'newParticipants', 'passesRedeemed', 'recordedAt'] as const;
const SESSION_FIELDS = ['kind', 'title', 'serviceId', 'themes', 'level', 'date', 'startTime', 'startsAt', 'durationMin', 'room', 'facilitatorId', 'capacity'] as const;
const PERSON_FACTS = ['ageBand', 'genre', 'socialStatus', 'communeCode', 'qpv', 'qpvCode', 'language', 'priorityCriteria', 'noticeGiven', 'merged'] as const;

/**
 * One serializer per operation type: the local payload → the fields the hub may receive, and nothing else.
 * People become pseudonyms; local carnet ids become the printed numbers the hub knows.
 */
const serializers: Record<OperationType, (local: Local, row: OutboxRow, pid: Pid) => Wire> = {
  'site.created': (local, row) => ({ key: row.entityId, payload: pick(local, ['name', 'kind', 'communeCode']) }),
  'issuer.saved': (local, row) => ({ key: row.entityId, payload: pick(local, ['name', 'carnetRule', 'passRule']) }),
  'lot.created': (local, row) => ({
    key: row.entityId,
    payload: pick(local, ['issuerId', 'reference', 'faceValueCents', 'carnetSize', 'validUntil', 'graceUntil', 'blockDays', 'warningDays', 'targetCriteria']),
  }),
  'carnets.received': (local, row) => {
    const carnets = local.carnets;
    if (!Array.isArray(carnets)) throw new SerializationError('carnets manquants');
    // Stored as [local id, number, pass numbers] triples.
    return { key: row.entityId, payload: { lotId: local.lotId, carnets: carnets.map((carnet: unknown[]) => ({ number: carnet[1], passes: carnet[2] })) } };
  },
  'carnet.distributed': (local, _row, pid) => ({
    key: asString(local.number, 'number'),
    payload: { number: local.number, lotId: local.lotId, person: pid(asString(local.beneficiaryId, 'beneficiaryId')), at: local.at },
  }),
  'carnet.reassigned': (local, _row, pid) => ({
    key: asString(local.number, 'number'),
    payload: { number: local.number, person: pid(asString(local.beneficiaryId, 'beneficiaryId')), at: local.at },
  }),
  'carnet.taken-back': (local) => ({ key: asString(local.number, 'number'), payload: pick(local, ['number', 'at']) }),
  'carnet.revoked': (local) => ({ key: asString(local.number, 'number'), payload: pick(local, ['number', 'reason', 'at']) }),
  'pass.revoked': (local) => ({ key: asString(local.number, 'number'), payload: pick(local, ['number', 'reason', 'at']) }),
  'pass.redeemed': (local) => ({
    key: asString(local.number, 'number'),
    payload: pick(local, ['number', 'lotId', 'sessionId', 'serviceId', 'bookingId', 'at']),
  }),
  'beneficiary.created': (local, row, pid) => ({ key: pid(row.entityId), payload: pick(local, PERSON_FACTS) }),
  'beneficiary.updated': (local, row, pid) => ({ key: pid(row.entityId), payload: pick(local, PERSON_FACTS) }),
  'beneficiary.merge-undone': (local, row, pid) => ({ key: pid(row.entityId), payload: pick(local, PERSON_FACTS) }),
  'beneficiary.merged': (local, row, pid) => ({
    key: pid(row.entityId),
    payload: { survivor: pid(asString(local.survivorId, 'survivorId')), movedBilans: local.movedBilans, movedCarnets: local.movedCarnets },
  }),
  'booking.created': (local, row, pid) => ({
    key: row.entityId,
    payload: { sessionId: local.sessionId, person: pid(asString(local.beneficiaryId, 'beneficiaryId')), status: local.status, at: local.at },
  }),
  'booking.signed-in': (local, row, pid) => ({
    key: row.entityId,
    payload: { sessionId: local.sessionId, person: pid(asString(local.beneficiaryId, 'beneficiaryId')), status: local.status, overCapacity: local.overCapacity, at: local.at },
  }),
  'booking.absent': (local, row) => ({ key: row.entityId, payload: pick(local, ['sessionId', 'status', 'at']) }),
  'booking.cancelled': (local, row) => ({ key: row.entityId, payload: pick(local, ['sessionId', 'at']) }),
  'booking.promoted': (local, row) => ({ key: row.entityId, payload: pick(local, ['sessionId', 'at']) }),
  'service.saved': (local, row) => ({
    key: row.entityId,
    payload: pick(local, ['name', 'themes', 'level', 'defaultDurationMin', 'passRequired', 'pricePasses', 'archived']),
  }),
  'workshop.created': (local, row) => ({ key: row.entityId, payload: { ...pick(local, SESSION_FIELDS), seriesId: local.seriesId ?? null } }),
  'workshop.updated': (local, row) => ({ key: row.entityId, payload: pick(local, SESSION_FIELDS) }),
  'workshop.cancelled': (local, row) => ({ key: row.entityId, payload: pick(local, ['at']) }),
  'workshop.closed': (local, row) => ({ key: row.entityId, payload: pick(local, ['at', 'present', 'absent']) }),
  'activity.recorded': (local, row, pid) => {
    const participants = local.participantIds;
    if (!Array.isArray(participants)) throw new SerializationError('participants manquants');
    return { key: row.entityId, payload: { ...pick(local, ACTIVITY_FIELDS), participants: participants.map((id) => pid(asString(id, 'participantIds'))) } };
  },
  'bilan.completed': (local, row, pid) => ({
    key: row.entityId,
    payload: { person: pid(asString(local.beneficiaryId, 'beneficiaryId')), gridVersion: local.gridVersion, status: local.status, answers: local.answers },
  }),
  'needs-grid.created': (local, row) => ({ key: row.entityId, payload: pick(local, ['version', 'definition']) }),
  'day.closed': (local, row) => ({ key: row.entityId, payload: pick(local, ['seq', 'at', 'figures']) }),
};

/**
 * The outbox row as it travels: its serializer's fields, checked against the operation's strict schema. Throws
 * SerializationError (French message) when the row cannot be uploaded as it is; that operation is then refused on
 * the desk and shown for review, and never blocks the others.
 */
export function toWireOp(row: OutboxRow, pid: Pid): WireOp {
  if (!isOperationType(row.operation)) throw new SerializationError(`Type d’opération inconnu : ${row.operation}.`);
  let wire: Wire;
  try {
    wire = serializers[row.operation](JSON.parse(row.payload) as Local, row, pid);
  } catch (error) {
    throw new SerializationError(`Opération ${row.operation} illisible : ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = operationPayloads[row.operation].safeParse(wire.payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SerializationError(`Opération ${row.operation} non conforme (${first?.path.join('.') ?? ''} : ${first?.message ?? ''}).`);
  }
  return {
    opId: row.opId,
    seq: row.seq,
    type: row.operation,
    key: wire.key,
    schemaVersion: OPERATION_SCHEMA_VERSION,
    createdAt: row.createdAt,
    agentId: row.actorId,
    payload: parsed.data as Record<string, unknown>,
  };
}
