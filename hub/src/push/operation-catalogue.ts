import type { ZodType } from 'zod';
import { OPERATION_SCHEMA_VERSION, operationPayloads } from '../../../electron/common/sync/operations';
import type { OpResult, WireOp } from '../../../electron/common/sync/protocol';
import type { BatchContext, OpHandler } from './batch-context';
import { bookingCancelled, bookingCreated, bookingPromoted, bookingSignedIn } from './booking-ops';
import { carnetDistributed, carnetReassigned, carnetRevoked, carnetTakenBack, passRevoked } from './carnet-ops';
import { accepted } from './op-results';
import { serviceSaved, workshopCancelled, workshopClosed, workshopSaved } from './place-ops';
import { passRedeemed } from './redeem-op';
import { carnetsReceived, issuerSaved, lotCreated, siteCreated } from './reference-ops';

/**
 * The operations this hub understands: their payload schemas and the highest schema version. Injectable, so a
 * test can build the "upgraded" hub of S10 (a larger version or more types) and see deferred operations pass.
 */
export interface OperationCatalogue {
  schemaVersion: number;
  payloads: Readonly<Record<string, ZodType>>;
}

export const CURRENT_CATALOGUE: OperationCatalogue = { schemaVersion: OPERATION_SCHEMA_VERSION, payloads: operationPayloads };

/** The operations with an effect on the reference data (some are statistics too); every other known type is a statistic. */
const REFERENCE_HANDLERS: Record<string, OpHandler> = {
  'site.created': siteCreated,
  'issuer.saved': issuerSaved,
  'lot.created': lotCreated,
  'carnets.received': carnetsReceived,
  'carnet.distributed': carnetDistributed,
  'carnet.reassigned': carnetReassigned,
  'carnet.taken-back': carnetTakenBack,
  'carnet.revoked': carnetRevoked,
  'pass.revoked': passRevoked,
  'pass.redeemed': passRedeemed,
  'service.saved': serviceSaved,
  'workshop.created': workshopSaved,
  'workshop.updated': workshopSaved,
  'workshop.cancelled': workshopCancelled,
  'workshop.closed': workshopClosed,
  'booking.created': bookingCreated,
  'booking.signed-in': bookingSignedIn,
  'booking.promoted': bookingPromoted,
  'booking.cancelled': bookingCancelled,
};

/** Statistics are stored as sent, in bulk at the end of the batch (stat_event). */
async function recordStatistic(batch: BatchContext, op: WireOp, payload: unknown): Promise<OpResult> {
  batch.stats.push({ opId: op.opId, type: op.type, key: op.key, payload, deskAt: op.createdAt });
  return accepted(op.opId);
}

export function handlerFor(type: string): OpHandler {
  return Object.prototype.hasOwnProperty.call(REFERENCE_HANDLERS, type) ? (REFERENCE_HANDLERS[type] as OpHandler) : (recordStatistic as OpHandler);
}
