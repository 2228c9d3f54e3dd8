import type { CarnetDto, IssuerDto, PassDto, PersonRefDto, StockEventDto } from '../../../common/contract';
import type { LotDates } from '../../../common/domain/passes/lot-calendar';
import type { IsoDate } from '../../../common/domain/passes/paris-date';
import { carnetState, passState, REVOCATION_REASON_LABELS, type RevocationReason } from '../../../common/domain/passes/pass-state';
import type { CarnetRow, IssuerRow, LotRow, PassRow, StockEventRow } from '../../../../db/repositories/stock.repo';

export function lotDates(lot: LotRow): LotDates {
  return { validUntil: lot.validUntil, graceUntil: lot.graceUntil, blockDays: lot.blockDays, warningDays: lot.warningDays };
}

export function toIssuerDto(row: IssuerRow): IssuerDto {
  return {
    id: row.id,
    name: row.name,
    carnetRule: { pattern: row.carnetPattern, checkDigit: row.carnetCheckDigit },
    passRule: { pattern: row.passPattern, checkDigit: row.passCheckDigit },
  };
}

export function toPassDto(row: PassRow, carnet: CarnetRow, lot: LotRow, today: IsoDate): PassDto {
  return {
    number: row.number,
    position: row.position,
    state: passState({ distributedAt: carnet.distributedAt, redeemedAt: row.redeemedAt, revokedAt: row.revokedAt }, lotDates(lot), today),
    redeemedAt: row.redeemedAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}

export interface CarnetContext {
  lot: LotRow;
  issuerName: string;
  holder: PersonRefDto | null;
  passes: PassRow[];
  today: IsoDate;
}

export function toCarnetDto(row: CarnetRow, context: CarnetContext): CarnetDto {
  const { lot, today } = context;
  return {
    id: row.id,
    number: row.number,
    lotId: lot.id,
    lotReference: lot.reference,
    issuerName: context.issuerName,
    state: carnetState(
      { distributedAt: row.distributedAt, revokedAt: row.revokedAt, passCount: row.passCount, usedCount: row.usedCount, revokedCount: row.revokedCount },
      lotDates(lot),
      today,
    ),
    faceValueCents: lot.faceValueCents,
    validUntil: lot.validUntil,
    graceUntil: lot.graceUntil,
    receivedAt: row.receivedAt,
    distributedAt: row.distributedAt,
    holder: context.holder,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
    passes: context.passes.map((p) => toPassDto(p, row, lot, today)),
  };
}

export interface StockEventDetails {
  reason?: RevocationReason;
  note?: string;
  passNumber?: string;
  /** Reassigned: the person who had it by mistake. */
  fromName?: string;
  toName?: string;
  holderName?: string;
  /** Redeemed: the workshop it paid for. */
  sessionTitle?: string;
  sessionDate?: string;
}

/** An event as the French sentence the lookup and the timeline show. */
export function stockEventText(kind: StockEventRow['kind'], details: StockEventDetails): string {
  const note = details.note ? ` (${details.note})` : '';
  switch (kind) {
    case 'received':
      return 'Reçu en stock';
    case 'distributed':
      return `Remis à ${details.holderName ?? 'une personne'}`;
    case 'taken-back':
      return `Repris en stock${note}`;
    case 'reassigned':
      return `Remise corrigée : de ${details.fromName ?? '?'} à ${details.toName ?? '?'}${note}`;
    case 'revoked': {
      const reason = details.reason ? REVOCATION_REASON_LABELS[details.reason].toLowerCase() : 'révoqué';
      return details.passNumber ? `Pass ${details.passNumber} révoqué : ${reason}${note}` : `Carnet révoqué : ${reason}${note}`;
    }
    case 'redeemed':
      return details.sessionTitle
        ? `Pass ${details.passNumber ?? ''} utilisé : atelier « ${details.sessionTitle} » du ${details.sessionDate ?? ''}`
        : `Pass ${details.passNumber ?? ''} utilisé`;
  }
}

export function toStockEventDto(row: StockEventRow, agentName: (id: string | null) => string | null): StockEventDto {
  const details = JSON.parse(row.details) as StockEventDetails;
  return { at: row.at, kind: row.kind, text: stockEventText(row.kind, details), agentName: agentName(row.actorId), passNumber: details.passNumber ?? null };
}

/** The stock event that is not stored: the carnet's arrival (one per carnet would weigh on large imports). */
export function receivedEvent(carnet: CarnetRow, lot: LotRow): StockEventDto {
  return { at: carnet.receivedAt, kind: 'received', text: `Reçu en stock (lot ${lot.reference})`, agentName: null, passNumber: null };
}
