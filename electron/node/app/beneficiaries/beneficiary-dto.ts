import type { BeneficiaryDto, BeneficiarySummaryDto } from '../../../common/contract';
import { ageBand } from '../../../common/domain/beneficiaries/criteria';
import type { BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';

export type CommuneName = (code: string) => string | null;

export function parseCriteria(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function toBeneficiaryDto(row: BeneficiaryRow, communeName: CommuneName, currentYear: number): BeneficiaryDto {
  return {
    id: row.id,
    nom: row.nom,
    prenom: row.prenom,
    birthYear: row.birthYear,
    ageBand: ageBand(row.birthYear, currentYear),
    genre: row.genre,
    socialStatus: row.socialStatus,
    communeCode: row.communeCode,
    communeName: row.communeCode ? communeName(row.communeCode) : null,
    qpv: row.qpv,
    qpvCode: row.qpvCode,
    phone: row.phone,
    noPhone: row.noPhone,
    email: row.email,
    language: row.language,
    priorityCriteria: parseCriteria(row.priorityCriteria),
    noticeGivenOn: row.noticeGivenOn,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mergedInto: row.mergedInto,
  };
}

export function toBeneficiarySummary(row: BeneficiaryRow, communeName: CommuneName): BeneficiarySummaryDto {
  return {
    id: row.id,
    nom: row.nom,
    prenom: row.prenom,
    birthYear: row.birthYear,
    communeName: row.communeCode ? communeName(row.communeCode) : null,
    phone: row.phone,
    email: row.email,
  };
}

/**
 * What the hub receives about a person: an allowlist, pseudonymised (research/reliability.md §4.5). No name,
 * phone, e-mail, birth year or note: the age band, commune, QPV, language and criteria only.
 */
export function beneficiaryUploadPayload(row: BeneficiaryRow, currentYear: number): Record<string, unknown> {
  return {
    ageBand: ageBand(row.birthYear, currentYear),
    genre: row.genre,
    socialStatus: row.socialStatus,
    communeCode: row.communeCode,
    qpv: row.qpv,
    qpvCode: row.qpvCode,
    language: row.language,
    priorityCriteria: parseCriteria(row.priorityCriteria),
    noticeGiven: row.noticeGivenOn !== null,
    merged: row.mergedInto !== null,
  };
}
