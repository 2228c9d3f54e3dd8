import {
  AppError,
  type BeneficiaryDto,
  type BeneficiaryFields,
  type BeneficiarySummaryDto,
  type CriterionDto,
  type DuplicateCandidateDto,
  type TimelineEntryDto,
} from '../../../common/contract';
import { PRIORITY_CRITERIA, PRIORITY_CRITERIA_LABELS } from '../../../common/domain/beneficiaries/criteria';
import { normalizePhone } from '../../../common/domain/beneficiaries/phone';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { writeChange } from '../../../../db/change';
import {
  activeBeneficiaryById,
  findBeneficiary,
  insertBeneficiary,
  listMergesInto,
  updateBeneficiary,
  type BeneficiaryRow,
} from '../../../../db/repositories/beneficiary.repo';
import { listBilansOf } from '../../../../db/repositories/bilan.repo';
import { getSetting, setSetting } from '../../../../db/repositories/setting.repo';
import type { GuichetDatabase } from '../../../../db/types';
import type { CommunesService } from '../communes/communes.service';
import { toBilanDto } from '../bilans/bilan-dto';
import { beneficiaryKeys, changedColumns, fieldColumns, nameKeyColumns } from './beneficiary-row';
import { beneficiaryUploadPayload, toBeneficiaryDto, toBeneficiarySummary } from './beneficiary-dto';
import { findDuplicates, toDuplicateDtos } from './beneficiary-duplicates';
import { mergeBeneficiaries, undoMerge } from './beneficiary-merge';
import { searchBeneficiaries } from './beneficiary-search';

export const EXTRA_CRITERIA_SETTING = 'beneficiaries.extra-criteria';

interface CreateOutcome {
  beneficiary: BeneficiaryDto | null;
  duplicates: DuplicateCandidateDto[];
}

interface ExtraCriterion {
  code: string;
  label: string;
}

/** Finding, registering, correcting and merging the people helped at the desk. */
export class BeneficiariesService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly communes: CommunesService,
    /** Other features' entries in the person's timeline (carnets; bookings later). */
    private readonly moreHistory: (id: string) => TimelineEntryDto[] = () => [],
  ) {}

  private readonly communeName = (code: string): string | null => this.communes.getByCode(code)?.nom ?? null;

  private year(): number {
    return this.clock().getFullYear();
  }

  private dto(row: BeneficiaryRow): BeneficiaryDto {
    return toBeneficiaryDto(row, this.communeName, this.year());
  }

  private existing(id: string): BeneficiaryRow {
    const row = findBeneficiary(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Personne introuvable.');
    return row;
  }

  private extraCriteria(): ExtraCriterion[] {
    return getSetting<ExtraCriterion[]>(this.db, EXTRA_CRITERIA_SETTING) ?? [];
  }

  criteria(): CriterionDto[] {
    return [
      ...PRIORITY_CRITERIA.map((code) => ({ code, label: PRIORITY_CRITERIA_LABELS[code], builtIn: true })),
      ...this.extraCriteria().map((criterion) => ({ ...criterion, builtIn: false })),
    ];
  }

  setExtraCriteria(actorId: string, criteria: ExtraCriterion[]): CriterionDto[] {
    const builtIn = new Set<string>(PRIORITY_CRITERIA);
    const codes = criteria.map((criterion) => criterion.code);
    const clash = codes.find((code, i) => builtIn.has(code) || codes.indexOf(code) !== i);
    if (clash) throw new AppError('INVALID_INPUT', `Code de critère déjà utilisé : ${clash}.`, { criteria: `Code de critère déjà utilisé : ${clash}.` });
    writeChange(this.db, this.clock, (tx) => {
      setSetting(tx, EXTRA_CRITERIA_SETTING, criteria, this.clock().toISOString());
      return { result: null, audit: { actorId, action: 'beneficiaries.criteria-changed', targetType: 'setting', targetId: EXTRA_CRITERIA_SETTING, details: { codes } } };
    });
    return this.criteria();
  }

  /** Checks what the schema cannot: the birth year against today, the commune and the criteria lists. */
  private checkFields(fields: BeneficiaryFields): void {
    const problems: Record<string, string> = {};
    if (fields.birthYear !== null && fields.birthYear > this.year()) problems.birthYear = 'Année de naissance dans le futur.';
    if (fields.communeCode !== null && !this.communes.getByCode(fields.communeCode)) {
      problems.communeCode = 'Commune inconnue : choisissez-la dans la liste.';
    }
    const known = new Set(this.criteria().map((criterion) => criterion.code));
    const unknown = fields.priorityCriteria.find((code) => !known.has(code));
    if (unknown) problems.priorityCriteria = `Critère inconnu : ${unknown}.`;
    const first = Object.values(problems)[0];
    // Same paths as the schema's issues (relative to the method's input).
    const paths = Object.fromEntries(Object.entries(problems).map(([name, message]) => [`fields.${name}`, message]));
    if (first) throw new AppError('INVALID_INPUT', first, paths);
  }

  search(query: string, limit: number): BeneficiarySummaryDto[] {
    return searchBeneficiaries(this.db, query, limit).map((row) => toBeneficiarySummary(row, this.communeName));
  }

  get(id: string): BeneficiaryDto {
    return this.dto(this.existing(id));
  }

  checkDuplicates(input: { nom: string; prenom: string; phone: string | null; email: string | null; excludeId?: string }): DuplicateCandidateDto[] {
    const person = { nom: input.nom, prenom: input.prenom, phone: input.phone ? normalizePhone(input.phone) : null, email: input.email };
    return toDuplicateDtos(findDuplicates(this.db, person, input.excludeId ?? null), this.communeName);
  }

  /** Without `confirmDuplicate`, probable duplicates stop the creation and are returned for the agent to check. */
  create(actorId: string, input: { fields: BeneficiaryFields; confirmDuplicate: boolean }): CreateOutcome {
    this.checkFields(input.fields);
    return writeChange<CreateOutcome>(this.db, this.clock, (tx) => {
      const { fields } = input;
      const duplicates = toDuplicateDtos(findDuplicates(tx, { nom: fields.nom, prenom: fields.prenom, phone: fields.phone, email: fields.email }, null), this.communeName);
      if (duplicates.length > 0 && !input.confirmDuplicate) {
        // Nothing written: the audit row says a creation was held back, with ids only.
        return {
          result: { beneficiary: null, duplicates },
          audit: { actorId, action: 'beneficiary.duplicate-warned', targetType: 'beneficiary', details: { candidates: duplicates.map((d) => d.id) } },
        };
      }
      const now = this.clock().toISOString();
      const row: BeneficiaryRow = {
        id: newId(),
        ...fieldColumns(fields),
        ...nameKeyColumns(fields.nom, fields.prenom),
        createdAt: now,
        createdBy: actorId,
        updatedAt: now,
        mergedInto: null,
      };
      insertBeneficiary(tx, row, beneficiaryKeys(row.nom, row.prenom));
      return {
        result: { beneficiary: this.dto(row), duplicates },
        audit: {
          actorId,
          action: 'beneficiary.created',
          targetType: 'beneficiary',
          targetId: row.id,
          details: duplicates.length > 0 ? { confirmedDespiteDuplicates: duplicates.map((d) => d.id) } : {},
        },
        outbox: { entity: 'beneficiary', entityId: row.id, operation: 'beneficiary.created', payload: beneficiaryUploadPayload(row, this.year()) },
      };
    });
  }

  update(actorId: string, input: { id: string; fields: BeneficiaryFields }): BeneficiaryDto {
    this.checkFields(input.fields);
    return writeChange(this.db, this.clock, (tx) => {
      const before = activeBeneficiaryById(tx, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'Personne introuvable ou fusionnée avec une autre fiche.');
      const after: BeneficiaryRow = {
        ...before,
        ...fieldColumns(input.fields),
        ...nameKeyColumns(input.fields.nom, input.fields.prenom),
        updatedAt: this.clock().toISOString(),
      };
      updateBeneficiary(tx, after, beneficiaryKeys(after.nom, after.prenom));
      return {
        result: this.dto(after),
        audit: { actorId, action: 'beneficiary.updated', targetType: 'beneficiary', targetId: after.id, details: { fields: changedColumns(before, after) } },
        outbox: { entity: 'beneficiary', entityId: after.id, operation: 'beneficiary.updated', payload: beneficiaryUploadPayload(after, this.year()) },
      };
    });
  }

  undoMerge(actorId: string, mergeId: string): BeneficiaryDto {
    return this.dto(undoMerge(this.db, this.clock, actorId, mergeId, this.year()));
  }

  merge(actorId: string, input: { survivorId: string; mergedId: string }): BeneficiaryDto {
    if (input.survivorId === input.mergedId) throw new AppError('INVALID_INPUT', 'Choisissez deux fiches différentes.');
    const survivor = mergeBeneficiaries(this.db, this.clock, actorId, input.survivorId, input.mergedId, this.year());
    return this.dto(survivor);
  }

  /** The person's timeline, newest first: bilans, merges and the other features' entries (carnets…). */
  history(id: string): TimelineEntryDto[] {
    this.existing(id);
    const entries: TimelineEntryDto[] = [
      ...listBilansOf(this.db, id).map((row) => ({ kind: 'bilan' as const, at: row.completedAt ?? row.updatedAt, bilan: toBilanDto(row) })),
      ...listMergesInto(this.db, id).map((row) => ({ kind: 'merge' as const, at: row.at, mergedId: row.mergedId, mergeId: row.id, undoneAt: row.undoneAt })),
      ...this.moreHistory(id),
    ];
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }
}
