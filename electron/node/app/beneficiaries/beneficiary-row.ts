import type { BeneficiaryFields } from '../../../common/contract';
import { nomVariants } from '../../../common/domain/beneficiaries/duplicates';
import { nameKey, nameTokens } from '../../../common/domain/beneficiaries/name-folding';
import type { BeneficiaryKeys, BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';

/** The columns a form sets. */
export type BeneficiaryFieldColumns = Omit<BeneficiaryRow, 'id' | 'nomKey' | 'prenomKey' | 'createdAt' | 'createdBy' | 'updatedAt' | 'mergedInto'>;

export function fieldColumns(fields: BeneficiaryFields): BeneficiaryFieldColumns {
  return {
    nom: fields.nom,
    prenom: fields.prenom,
    birthYear: fields.birthYear,
    genre: fields.genre,
    socialStatus: fields.socialStatus,
    communeCode: fields.communeCode,
    qpv: fields.qpv,
    qpvCode: fields.qpvCode,
    phone: fields.noPhone ? null : fields.phone,
    noPhone: fields.noPhone,
    email: fields.email,
    language: fields.language,
    priorityCriteria: JSON.stringify([...new Set(fields.priorityCriteria)]),
    noticeGivenOn: fields.noticeGivenOn,
    note: fields.note,
  };
}

/** Name keys stored on the row. */
export function nameKeyColumns(nom: string, prenom: string): Pick<BeneficiaryRow, 'nomKey' | 'prenomKey'> {
  return { nomKey: nameKey(nom), prenomKey: nameKey(prenom) };
}

/** Search tokens of both names, and the nom variants (with the prénom key) for duplicate detection. */
export function beneficiaryKeys(nom: string, prenom: string): BeneficiaryKeys {
  return { tokens: [...new Set([...nameTokens(nom), ...nameTokens(prenom)])], nomVariants: nomVariants(nom), prenomKey: nameKey(prenom) };
}

/** The names of the columns that differ, for the audit row (values stay out of it). */
export function changedColumns(before: BeneficiaryRow, after: BeneficiaryRow): string[] {
  const ignored = new Set(['updatedAt', 'nomKey', 'prenomKey']);
  return (Object.keys(after) as Array<keyof BeneficiaryRow>).filter((key) => !ignored.has(key) && before[key] !== after[key]);
}
