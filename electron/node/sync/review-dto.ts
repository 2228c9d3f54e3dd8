import type { ReviewItemDto } from '../../common/contract';
import { findBeneficiary } from '../../../db/repositories/beneficiary.repo';
import { findRedemption, findSession } from '../../../db/repositories/workshop.repo';
import type { SyncReviewRow } from '../../../db/repositories/sync-review.repo';
import type { GuichetDatabase } from '../../../db/types';
import { displayName } from '../app/workshops/workshop-context';

/** The operations' names as the review inbox says them. */
const OPERATION_LABELS: Record<string, string> = {
  'pass.redeemed': 'Pass utilisé',
  'pass.revoked': 'Pass révoqué',
  'carnet.distributed': 'Carnet remis',
  'carnet.reassigned': 'Carnet réattribué',
  'carnet.taken-back': 'Carnet repris',
  'carnet.revoked': 'Carnet révoqué',
  'carnets.received': 'Carnets reçus en stock',
  'lot.created': 'Commande de carnets créée',
  'issuer.saved': 'Émetteur enregistré',
};

export function operationLabel(operation: string): string {
  return OPERATION_LABELS[operation] ?? `Opération ${operation}`;
}

/** A review item with what this desk knows about it (the session and the person stay on the desk). */
export function toReviewItemDto(db: GuichetDatabase, row: SyncReviewRow, agentName: (agentId: string) => string): ReviewItemDto {
  const redemption = row.passNumber ? findRedemption(db, row.passNumber) : undefined;
  const session = redemption ? findSession(db, redemption.sessionId) : undefined;
  const person = redemption ? findBeneficiary(db, redemption.beneficiaryId) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    operationLabel: operationLabel(row.operation),
    passNumber: row.passNumber,
    message: row.message,
    occurredAt: row.occurredAt,
    detectedAt: row.detectedAt,
    sessionTitle: session?.title ?? null,
    personName: person ? displayName(person) : null,
    otherSite: row.otherSiteName && row.otherSiteAt ? { name: row.otherSiteName, at: row.otherSiteAt } : null,
    settlement:
      row.settledAt && row.outcome && row.settledBy
        ? { outcome: row.outcome, comment: row.comment ?? '', at: row.settledAt, byName: agentName(row.settledBy) }
        : null,
  };
}
