import { AppError } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { writeChange } from '../../../../db/change';
import {
  activeBeneficiaryById,
  findBeneficiary,
  findBeneficiaryMerge,
  insertBeneficiaryMerge,
  markBeneficiaryMerged,
  markMergeUndone,
  updateBeneficiary,
  type BeneficiaryRow,
} from '../../../../db/repositories/beneficiary.repo';
import { moveBilans, moveBilansBack } from '../../../../db/repositories/bilan.repo';
import { moveCarnetsBack, moveCarnetsOf } from '../../../../db/repositories/stock.repo';
import { moveBookingsBack, moveBookingsOf } from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { beneficiaryKeys } from './beneficiary-row';
import { beneficiaryUploadPayload, parseCriteria } from './beneficiary-dto';

/** The survivor keeps its values; its empty fields are filled from the other record; criteria are joined. */
export function mergedValues(survivor: BeneficiaryRow, other: BeneficiaryRow, now: string): BeneficiaryRow {
  const hasPhone = survivor.phone !== null || survivor.noPhone;
  return {
    ...survivor,
    birthYear: survivor.birthYear ?? other.birthYear,
    genre: survivor.genre === 'non-communique' ? other.genre : survivor.genre,
    socialStatus: survivor.socialStatus === 'non-communique' ? other.socialStatus : survivor.socialStatus,
    communeCode: survivor.communeCode ?? other.communeCode,
    qpv: survivor.qpv === 'ne-sait-pas' ? other.qpv : survivor.qpv,
    qpvCode: survivor.qpv === 'ne-sait-pas' ? other.qpvCode : (survivor.qpvCode ?? (survivor.qpv === other.qpv ? other.qpvCode : null)),
    phone: hasPhone ? survivor.phone : other.phone,
    noPhone: hasPhone ? survivor.noPhone : other.noPhone,
    email: survivor.email ?? other.email,
    priorityCriteria: JSON.stringify([...new Set([...parseCriteria(survivor.priorityCriteria), ...parseCriteria(other.priorityCriteria)])]),
    noticeGivenOn: survivor.noticeGivenOn ?? other.noticeGivenOn,
    note: survivor.note ?? other.note,
    updatedAt: now,
  };
}

/**
 * Merges `mergedId` into `survivorId` in one audited transaction: the survivor's gaps are filled, the other
 * record's bilans, carnets (with their history) and bookings move over, the other record points to the survivor and leaves search. Both records as they
 * were are kept in `beneficiary_merge`, which the audit row names, so the merge can be reversed.
 */
export function mergeBeneficiaries(db: GuichetDatabase, clock: Clock, actorId: string, survivorId: string, mergedId: string, currentYear: number): BeneficiaryRow {
  return writeChange(db, clock, (tx) => {
    const survivor = activeBeneficiaryById(tx, survivorId);
    const other = activeBeneficiaryById(tx, mergedId);
    if (!survivor || !other) throw new AppError('NOT_FOUND', 'Fiche introuvable ou déjà fusionnée.');
    const now = clock().toISOString();
    const after = mergedValues(survivor, other, now);
    updateBeneficiary(tx, after, beneficiaryKeys(after.nom, after.prenom));
    const movedBilans = moveBilans(tx, mergedId, survivorId, now);
    const movedCarnets = moveCarnetsOf(tx, mergedId, survivorId);
    const movedBookings = moveBookingsOf(tx, mergedId, survivorId, now);
    markBeneficiaryMerged(tx, mergedId, survivorId, now);
    const mergeId = newId();
    insertBeneficiaryMerge(tx, {
      id: mergeId,
      survivorId,
      mergedId,
      survivorBefore: JSON.stringify(survivor),
      mergedBefore: JSON.stringify(other),
      moved: JSON.stringify({ bilan: movedBilans, carnet: movedCarnets, booking: movedBookings }),
      at: now,
      actorId,
      undoneAt: null,
      undoneBy: null,
    });
    return {
      result: after,
      audit: {
        actorId,
        action: 'beneficiary.merged',
        targetType: 'beneficiary',
        targetId: survivorId,
        details: { mergeId, mergedId, movedBilans, movedCarnets, movedBookings },
      },
      outbox: [
        { entity: 'beneficiary', entityId: survivorId, operation: 'beneficiary.updated', payload: beneficiaryUploadPayload(after, currentYear) },
        { entity: 'beneficiary', entityId: mergedId, operation: 'beneficiary.merged', payload: { survivorId, movedBilans, movedCarnets } },
      ],
    };
  });
}

interface MovedRows {
  bilan?: string[];
  carnet?: string[];
  booking?: string[];
}

/**
 * Undoes a merge in one audited transaction: both records get back their values from before the merge, the other
 * record returns to search, and the bilans and carnets moved then go back to it (those the survivor still has).
 * Refused once the surviving record has changed since the merge (its later corrections would be lost).
 */
export function undoMerge(db: GuichetDatabase, clock: Clock, actorId: string, mergeId: string, currentYear: number): BeneficiaryRow {
  return writeChange(db, clock, (tx) => {
    const merge = findBeneficiaryMerge(tx, mergeId);
    if (!merge) throw new AppError('NOT_FOUND', 'Fusion introuvable.');
    if (merge.undoneAt) throw new AppError('CONFLICT', 'Cette fusion a déjà été annulée.');
    const survivor = activeBeneficiaryById(tx, merge.survivorId);
    const merged = findBeneficiary(tx, merge.mergedId);
    if (!survivor || !merged || merged.mergedInto !== merge.survivorId) throw new AppError('CONFLICT', 'Les fiches ont changé depuis la fusion : annulation impossible.');
    if (survivor.updatedAt !== merge.at) {
      throw new AppError('CONFLICT', 'La fiche a été modifiée depuis la fusion : l’annuler effacerait ces modifications. Corrigez les deux fiches à la main.');
    }
    const now = clock().toISOString();
    const survivorAfter: BeneficiaryRow = { ...(JSON.parse(merge.survivorBefore) as BeneficiaryRow), updatedAt: now };
    const mergedAfter: BeneficiaryRow = { ...(JSON.parse(merge.mergedBefore) as BeneficiaryRow), mergedInto: null, updatedAt: now };
    updateBeneficiary(tx, survivorAfter, beneficiaryKeys(survivorAfter.nom, survivorAfter.prenom));
    updateBeneficiary(tx, mergedAfter, beneficiaryKeys(mergedAfter.nom, mergedAfter.prenom));
    const moved = JSON.parse(merge.moved) as MovedRows;
    moveBilansBack(tx, moved.bilan ?? [], merge.survivorId, merge.mergedId, now);
    moveCarnetsBack(tx, moved.carnet ?? [], merge.survivorId, merge.mergedId, merge.at);
    moveBookingsBack(tx, moved.booking ?? [], merge.survivorId, merge.mergedId);
    markMergeUndone(tx, mergeId, now, actorId);
    return {
      result: survivorAfter,
      audit: { actorId, action: 'beneficiary.merge-undone', targetType: 'beneficiary', targetId: merge.survivorId, details: { mergeId, mergedId: merge.mergedId } },
      outbox: [
        { entity: 'beneficiary', entityId: merge.survivorId, operation: 'beneficiary.updated', payload: beneficiaryUploadPayload(survivorAfter, currentYear) },
        { entity: 'beneficiary', entityId: merge.mergedId, operation: 'beneficiary.merge-undone', payload: beneficiaryUploadPayload(mergedAfter, currentYear) },
      ],
    };
  });
}
