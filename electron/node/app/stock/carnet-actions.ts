import { AppError, type Role } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import { distributionCheck } from '../../../common/domain/passes/lot-calendar';
import { frenchDate, parisDate } from '../../../common/domain/passes/paris-date';
import { REVOCATION_REASON_LABELS, type RevocationReason } from '../../../common/domain/passes/pass-state';
import { writeChange } from '../../../../db/change';
import { activeBeneficiaryById, type BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';
import { hasCompletedBilan } from '../../../../db/repositories/bilan.repo';
import {
  countHeldCarnets,
  distributeCarnet,
  findLot,
  insertStockEvent,
  reassignCarnet,
  returnCarnetToStock,
  revokeCarnetRows,
  revokePassRow,
  type CarnetRow,
  type LotRow,
  type PassRow,
  type StockEventKind,
} from '../../../../db/repositories/stock.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { lotDates, type StockEventDetails } from './stock-dto';

export interface CarnetActionContext {
  db: GuichetDatabase;
  clock: Clock;
  actorId: string;
}

/** Who may hand a carnet to a person without a finished bilan. */
const HAND_OUT_WITHOUT_BILAN: readonly Role[] = ['referent', 'admin'];

export const personName = (person: Pick<BeneficiaryRow, 'prenom' | 'nom'>): string => `${person.prenom} ${person.nom.toUpperCase()}`;

function activePerson(db: GuichetDatabase, id: string): BeneficiaryRow {
  const person = activeBeneficiaryById(db, id);
  if (!person) throw new AppError('NOT_FOUND', 'Personne introuvable ou fusionnée avec une autre fiche.');
  return person;
}

function event(
  tx: GuichetDatabase,
  at: string,
  actorId: string,
  carnet: CarnetRow,
  kind: StockEventKind,
  beneficiaryId: string | null,
  details: StockEventDetails,
  passNumber: string | null = null,
): void {
  insertStockEvent(tx, { id: newId(), carnetId: carnet.id, passNumber, kind, at, actorId, beneficiaryId, details: JSON.stringify(details) });
}

const day = (iso: string) => frenchDate(parisDate(new Date(iso)));

/** Why this carnet cannot be handed over now, or null. */
function handOutRefusal(carnet: CarnetRow, lot: LotRow, personId: string, today: string): string | null {
  if (carnet.revokedAt) {
    const reason = carnet.revokedReason ? REVOCATION_REASON_LABELS[carnet.revokedReason].toLowerCase() : 'révoqué';
    return `Carnet ${carnet.number} révoqué le ${day(carnet.revokedAt)} (${reason}) : il ne peut pas être remis.`;
  }
  if (carnet.beneficiaryId === personId) return `Carnet ${carnet.number} déjà remis à cette personne le ${day(carnet.distributedAt ?? carnet.receivedAt)}.`;
  if (carnet.beneficiaryId) return `Carnet ${carnet.number} déjà remis à une autre personne le ${day(carnet.distributedAt ?? carnet.receivedAt)}.`;
  const check = distributionCheck(lotDates(lot), today);
  return check.ok ? null : check.message;
}

/**
 * Hands the whole carnet to the person in one audited transaction (domain rows, history, outbox). Returns the
 * lot's warning for the agent (it ends soon), or null.
 */
export function handOutCarnet(context: CarnetActionContext & { role: Role }, carnet: CarnetRow, personId: string, maxPerPerson: number): string | null {
  const { db, clock, actorId } = context;
  return writeChange(db, clock, (tx) => {
    const person = activePerson(tx, personId);
    const lot = findLot(tx, carnet.lotId) as LotRow;
    const now = clock();
    const today = parisDate(now);
    const refusal = handOutRefusal(carnet, lot, personId, today);
    if (refusal) throw new AppError('CONFLICT', refusal);
    if (!HAND_OUT_WITHOUT_BILAN.includes(context.role) && !hasCompletedBilan(tx, personId)) {
      throw new AppError('CONFLICT', 'Pas de bilan terminé pour cette personne : faites d’abord son bilan, ou demandez à un·e référent·e de remettre le carnet.');
    }
    const held = countHeldCarnets(tx, personId);
    if (held >= maxPerPerson) {
      throw new AppError('CONFLICT', `Cette personne a déjà ${held} carnet${held > 1 ? 's' : ''} : la limite du guichet est de ${maxPerPerson} par personne.`);
    }
    const at = now.toISOString();
    if (!distributeCarnet(tx, carnet.id, personId, at, actorId)) throw new AppError('CONFLICT', `Carnet ${carnet.number} n’est plus en stock.`);
    event(tx, at, actorId, carnet, 'distributed', personId, { holderName: personName(person) });
    const check = distributionCheck(lotDates(lot), today);
    return {
      result: check.ok ? check.warning : null,
      audit: { actorId, action: 'carnet.distributed', targetType: 'carnet', targetId: carnet.id, details: { beneficiaryId: personId, number: carnet.number } },
      outbox: { entity: 'carnet', entityId: carnet.id, operation: 'carnet.distributed', payload: { number: carnet.number, lotId: lot.id, beneficiaryId: personId, at } },
    };
  });
}

function requireUnused(carnet: CarnetRow, action: string): void {
  if (!carnet.beneficiaryId) throw new AppError('CONFLICT', `Carnet ${carnet.number} en stock : rien à ${action}.`);
  if (carnet.revokedAt) throw new AppError('CONFLICT', `Carnet ${carnet.number} révoqué : impossible de le ${action}.`);
  if (carnet.usedCount > 0) throw new AppError('CONFLICT', `Carnet ${carnet.number} entamé (${carnet.usedCount} pass utilisé${carnet.usedCount > 1 ? 's' : ''}) : impossible de le ${action}.`);
}

/** An unused carnet given back by its holder returns to the stock; the hand-out stays in the history. */
export function takeBackCarnet(context: CarnetActionContext, carnet: CarnetRow, note: string): void {
  const { db, clock, actorId } = context;
  requireUnused(carnet, 'reprendre');
  writeChange(db, clock, (tx) => {
    const at = clock().toISOString();
    returnCarnetToStock(tx, carnet.id);
    event(tx, at, actorId, carnet, 'taken-back', carnet.beneficiaryId, { note });
    return {
      result: null,
      audit: { actorId, action: 'carnet.taken-back', targetType: 'carnet', targetId: carnet.id, details: { from: carnet.beneficiaryId, note } },
      outbox: { entity: 'carnet', entityId: carnet.id, operation: 'carnet.taken-back', payload: { number: carnet.number, at } },
    };
  });
}

/** A hand-out to the wrong person, corrected: the unused carnet goes to the right one. */
export function reassignCarnetTo(context: CarnetActionContext, carnet: CarnetRow, personId: string, note: string): void {
  const { db, clock, actorId } = context;
  requireUnused(carnet, 'réattribuer');
  if (carnet.beneficiaryId === personId) throw new AppError('CONFLICT', `Carnet ${carnet.number} est déjà à cette personne.`);
  writeChange(db, clock, (tx) => {
    const from = activeBeneficiaryById(tx, carnet.beneficiaryId as string);
    const to = activePerson(tx, personId);
    const at = clock().toISOString();
    reassignCarnet(tx, carnet.id, personId);
    const details: StockEventDetails = { fromName: from ? personName(from) : undefined, toName: personName(to), note };
    // The event is in both people's timelines.
    event(tx, at, actorId, carnet, 'reassigned', carnet.beneficiaryId, details);
    event(tx, at, actorId, carnet, 'reassigned', personId, details);
    return {
      result: null,
      audit: { actorId, action: 'carnet.reassigned', targetType: 'carnet', targetId: carnet.id, details: { from: carnet.beneficiaryId, to: personId, note } },
      outbox: { entity: 'carnet', entityId: carnet.id, operation: 'carnet.reassigned', payload: { number: carnet.number, beneficiaryId: personId, at } },
    };
  });
}

/** Lost, stolen or cancelled: every pass of the carnet not yet used is revoked with it. */
export function revokeCarnet(context: CarnetActionContext, carnet: CarnetRow, reason: RevocationReason, note: string): void {
  const { db, clock, actorId } = context;
  if (carnet.revokedAt) throw new AppError('CONFLICT', `Carnet ${carnet.number} déjà révoqué le ${day(carnet.revokedAt)}.`);
  writeChange(db, clock, (tx) => {
    const at = clock().toISOString();
    const passes = revokeCarnetRows(tx, carnet.id, at, reason);
    event(tx, at, actorId, carnet, 'revoked', carnet.beneficiaryId, { reason, note });
    return {
      result: null,
      audit: { actorId, action: 'carnet.revoked', targetType: 'carnet', targetId: carnet.id, details: { reason, note, passes } },
      outbox: { entity: 'carnet', entityId: carnet.id, operation: 'carnet.revoked', payload: { number: carnet.number, reason, at } },
    };
  });
}

/** One pass lost, stolen or cancelled. A used pass stays used. */
export function revokePass(context: CarnetActionContext, carnet: CarnetRow, pass: PassRow, reason: RevocationReason, note: string): void {
  const { db, clock, actorId } = context;
  if (pass.redeemedAt) throw new AppError('CONFLICT', `Pass ${pass.number} déjà utilisé le ${day(pass.redeemedAt)} : il ne peut plus être révoqué.`);
  if (pass.revokedAt) throw new AppError('CONFLICT', `Pass ${pass.number} déjà révoqué le ${day(pass.revokedAt)}.`);
  writeChange(db, clock, (tx) => {
    const at = clock().toISOString();
    if (!revokePassRow(tx, pass.number, carnet.id, at, reason)) throw new AppError('CONFLICT', `Pass ${pass.number} ne peut plus être révoqué.`);
    event(tx, at, actorId, carnet, 'revoked', carnet.beneficiaryId, { reason, note, passNumber: pass.number }, pass.number);
    return {
      result: null,
      audit: { actorId, action: 'pass.revoked', targetType: 'pass', targetId: pass.number, details: { reason, note } },
      outbox: { entity: 'pass', entityId: pass.number, operation: 'pass.revoked', payload: { number: pass.number, reason, at } },
    };
  });
}
