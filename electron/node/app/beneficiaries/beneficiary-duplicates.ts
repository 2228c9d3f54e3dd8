import type { DuplicateCandidateDto } from '../../../common/contract';
import { duplicateReasons, nomVariants, similarNames, type DuplicateFields } from '../../../common/domain/beneficiaries/duplicates';
import { nameKey } from '../../../common/domain/beneficiaries/name-folding';
import type { BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';
import {
  beneficiariesByEmail,
  beneficiariesByPhone,
  beneficiaryRowById,
  nomVariantMatches,
} from '../../../../db/repositories/beneficiary-search.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { toBeneficiarySummary, type CommuneName } from './beneficiary-dto';

export const MAX_DUPLICATES = 20;
/** Rows read for the rule at most (a very common name typed with a very common first name). */
const MAX_CANDIDATES = 200;

/**
 * Probable duplicates of a person (research/domain.md §3: two of similar nom, similar prénom, same phone,
 * same e-mail). Any such pair shares the phone, the e-mail, or both names: candidates come from those three
 * lookups, then the rule decides.
 */
export function findDuplicates(db: GuichetDatabase, person: DuplicateFields, excludeId: string | null): Array<{ row: BeneficiaryRow; reasons: DuplicateCandidateDto['reasons'] }> {
  const candidates = new Map<string, BeneficiaryRow>();
  const add = (row: BeneficiaryRow | undefined) => {
    if (row && row.id !== excludeId && row.mergedInto === null) candidates.set(row.id, row);
  };
  if (person.phone) beneficiariesByPhone(db, person.phone).forEach(add);
  if (person.email) beneficiariesByEmail(db, person.email.trim().toLowerCase()).forEach(add);
  // Similar noms come from the variants; the prénom stored beside each is compared here, row by row.
  const prenomKey = nameKey(person.prenom);
  const checked = new Set<string>();
  for (const match of nomVariantMatches(db, nomVariants(person.nom), prenomKey)) {
    if (checked.has(match.id)) continue;
    checked.add(match.id);
    if (candidates.size < MAX_CANDIDATES && similarNames(match.prenomKey, prenomKey)) add(beneficiaryRowById(db, match.id));
  }

  const found: Array<{ row: BeneficiaryRow; reasons: DuplicateCandidateDto['reasons'] }> = [];
  for (const row of candidates.values()) {
    const reasons = duplicateReasons(person, { nom: row.nom, prenom: row.prenom, phone: row.phone, email: row.email });
    if (reasons.length >= 2) found.push({ row, reasons });
  }
  return found.sort((a, b) => b.reasons.length - a.reasons.length || a.row.id.localeCompare(b.row.id)).slice(0, MAX_DUPLICATES);
}

export function toDuplicateDtos(found: ReturnType<typeof findDuplicates>, communeName: CommuneName): DuplicateCandidateDto[] {
  return found.map(({ row, reasons }) => ({ ...toBeneficiarySummary(row, communeName), reasons }));
}
