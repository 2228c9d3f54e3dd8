import { AppError, type BilanDto, type NeedsGridDto } from '../../../common/contract';
import { DEFAULT_NEEDS_GRID } from '../../../common/domain/bilans/default-grid';
import type { BilanAnswers, NeedsGridDefinition } from '../../../common/domain/bilans/needs-grid';
import { validateAnswers } from '../../../common/domain/bilans/validate-answers';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { writeChange } from '../../../../db/change';
import { activeBeneficiaryById } from '../../../../db/repositories/beneficiary.repo';
import {
  currentNeedsGrid,
  findBilan,
  findNeedsGrid,
  insertBilan,
  insertNeedsGrid,
  updateBilan,
  type BilanRow,
} from '../../../../db/repositories/bilan.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { toBilanDto, toNeedsGridDto } from './bilan-dto';

interface BilanInput {
  id?: string | undefined;
  beneficiaryId: string;
  answers: BilanAnswers;
}

/** What the hub receives about a bilan: its grid version, status and the closed-list answers, no free text. */
function bilanUploadPayload(row: BilanRow, grid: NeedsGridDefinition): Record<string, unknown> {
  const answers = JSON.parse(row.answers) as BilanAnswers;
  const closed: BilanAnswers = {};
  for (const question of grid.sections.flatMap((section) => section.questions)) {
    const value = answers[question.code];
    if (value !== undefined && question.type !== 'text') closed[question.code] = value;
  }
  return { beneficiaryId: row.beneficiaryId, gridVersion: row.gridVersion, status: row.status, answers: closed };
}

/** Needs assessments: a versioned grid (data, not code) and bilans answered against one version each. */
export class BilansService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
  ) {}

  /** Version 1 is the default grid, written on the first start of a desk. */
  ensureGrid(): void {
    if (currentNeedsGrid(this.db)) return;
    writeChange(this.db, this.clock, (tx) => {
      if (currentNeedsGrid(tx)) return { result: null, audit: { actorId: null, action: 'needs-grid.seed-skipped' } };
      insertNeedsGrid(tx, { version: 1, definition: JSON.stringify(DEFAULT_NEEDS_GRID), createdAt: this.clock().toISOString(), createdBy: null });
      return { result: null, audit: { actorId: null, action: 'needs-grid.created', targetType: 'needs-grid', targetId: '1' } };
    });
  }

  grid(version?: number): NeedsGridDto {
    if (version === undefined) this.ensureGrid();
    const row = version === undefined ? currentNeedsGrid(this.db) : findNeedsGrid(this.db, version);
    if (!row) throw new AppError('NOT_FOUND', 'Version de la grille introuvable.');
    return toNeedsGridDto(row);
  }

  /** An edit by an administrator is a new version; bilans already answered keep theirs. */
  updateGrid(actorId: string, definition: NeedsGridDefinition): NeedsGridDto {
    this.ensureGrid();
    return writeChange(this.db, this.clock, (tx) => {
      const version = (currentNeedsGrid(tx)?.version ?? 0) + 1;
      const row = { version, definition: JSON.stringify(definition), createdAt: this.clock().toISOString(), createdBy: actorId };
      insertNeedsGrid(tx, row);
      return {
        result: toNeedsGridDto(row),
        audit: { actorId, action: 'needs-grid.updated', targetType: 'needs-grid', targetId: String(version) },
        outbox: { entity: 'needs-grid', entityId: String(version), operation: 'needs-grid.created', payload: { version, definition } },
      };
    });
  }

  get(id: string): BilanDto {
    const row = findBilan(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Bilan introuvable.');
    return toBilanDto(row);
  }

  saveDraft(actorId: string, input: BilanInput): BilanDto {
    return this.save(actorId, input, false);
  }

  complete(actorId: string, input: BilanInput): BilanDto {
    return this.save(actorId, input, true);
  }

  private save(actorId: string, input: BilanInput, complete: boolean): BilanDto {
    this.ensureGrid();
    return writeChange(this.db, this.clock, (tx) => {
      if (!activeBeneficiaryById(tx, input.beneficiaryId)) throw new AppError('NOT_FOUND', 'Personne introuvable ou fusionnée avec une autre fiche.');
      const existing = input.id === undefined ? undefined : findBilan(tx, input.id);
      if (input.id !== undefined && !existing) throw new AppError('NOT_FOUND', 'Bilan introuvable.');
      if (existing && existing.beneficiaryId !== input.beneficiaryId) throw new AppError('CONFLICT', 'Ce bilan appartient à une autre personne.');
      if (existing?.status === 'completed') throw new AppError('CONFLICT', 'Ce bilan est terminé : il ne peut plus être modifié.');
      const gridRow = existing ? findNeedsGrid(tx, existing.gridVersion) : currentNeedsGrid(tx);
      if (!gridRow) throw new AppError('NOT_FOUND', 'Version de la grille introuvable.');
      const grid = toNeedsGridDto(gridRow).definition;
      const issues = validateAnswers(grid, input.answers, complete);
      const fields = Object.fromEntries(Object.entries(issues).map(([code, message]) => [`answers.${code}`, message]));
      const first = Object.values(issues)[0];
      if (first) throw new AppError('INVALID_INPUT', `Bilan incomplet ou invalide : ${first}`, fields);

      const now = this.clock().toISOString();
      const row: BilanRow = existing
        ? { ...existing, answers: JSON.stringify(input.answers), updatedAt: now }
        : {
            id: newId(),
            beneficiaryId: input.beneficiaryId,
            gridVersion: gridRow.version,
            status: 'draft',
            answers: JSON.stringify(input.answers),
            agentId: actorId,
            createdAt: now,
            updatedAt: now,
            completedAt: null,
          };
      if (complete) Object.assign(row, { status: 'completed', completedAt: now });
      if (existing) updateBilan(tx, row.id, row);
      else insertBilan(tx, row);
      const operation = complete ? 'bilan.completed' : existing ? 'bilan.draft-saved' : 'bilan.started';
      return {
        result: toBilanDto(row),
        audit: { actorId, action: operation, targetType: 'bilan', targetId: row.id, details: { beneficiaryId: row.beneficiaryId, gridVersion: row.gridVersion } },
        outbox: complete ? { entity: 'bilan', entityId: row.id, operation, payload: bilanUploadPayload(row, grid) } : undefined,
      };
    });
  }
}
