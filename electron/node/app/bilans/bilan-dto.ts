import type { BilanDto, NeedsGridDto } from '../../../common/contract';
import { BilanAnswers, NeedsGridDefinition } from '../../../common/domain/bilans/needs-grid';
import type { BilanRow, NeedsGridRow } from '../../../../db/repositories/bilan.repo';

export function toBilanDto(row: BilanRow): BilanDto {
  return {
    id: row.id,
    beneficiaryId: row.beneficiaryId,
    gridVersion: row.gridVersion,
    status: row.status,
    answers: BilanAnswers.parse(JSON.parse(row.answers)),
    agentId: row.agentId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    completedAt: row.completedAt,
  };
}

export function toNeedsGridDto(row: NeedsGridRow): NeedsGridDto {
  return { version: row.version, definition: NeedsGridDefinition.parse(JSON.parse(row.definition)), createdAt: row.createdAt };
}
