import type { LotDto } from '../../../common/contract';
import { lotPhase, type LotPhase } from '../../../common/domain/passes/lot-calendar';
import { addDays, daysFromTo, frenchDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import { CARNET_STATES, carnetState, type CarnetState } from '../../../common/domain/passes/pass-state';
import { formatEuros } from '../../../common/receipts/format';
import { carnetCountRows, listIssuers, type LotRow } from '../../../../db/repositories/stock.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { lotDates } from './stock-dto';

type Counts = LotDto['counts'];

function emptyCounts(): Counts {
  const carnets = Object.fromEntries(CARNET_STATES.map((state) => [state, 0])) as Record<CarnetState, number>;
  return { carnets, passes: 0, passesUsed: 0, passesRevoked: 0, passesUnused: 0, unusedValueCents: 0 };
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** What the desk should know about the lot today, or null. */
function lotAlert(lot: LotRow, phase: LotPhase, counts: Counts, today: IsoDate): string | null {
  const validUntil = frenchDate(lot.validUntil);
  const inStock = counts.carnets['en-stock'];
  switch (phase) {
    case 'active':
      return null;
    case 'warning':
      return `Fin de validité le ${validUntil} (dans ${plural(daysFromTo(today, lot.validUntil), 'jour')}) : distribuez les ${plural(inStock, 'carnet')} en stock avant le ${frenchDate(addDays(lot.validUntil, -lot.blockDays - 1))}.`;
    case 'blocked':
      return `Distribution bloquée : fin de validité le ${validUntil}. ${plural(inStock, 'carnet')} en stock ne seront pas distribués.`;
    case 'grace':
      return `Validité terminée le ${validUntil} : les pass distribués restent acceptés jusqu’au ${frenchDate(lot.graceUntil)}.`;
    case 'expired':
      return `Expiré depuis le ${frenchDate(addDays(lot.graceUntil, 1))} : ${counts.passesUnused} pass non utilisé${counts.passesUnused > 1 ? 's' : ''}, soit ${formatEuros(counts.unusedValueCents, 'screen')} à faire valoir auprès de l’émetteur.`;
  }
}

/** The lots with their stock counts per carnet state and the alert of the day. Reads carnets only, never passes. */
export function toLotDtos(db: GuichetDatabase, lots: LotRow[], today: IsoDate): LotDto[] {
  const issuerNames = new Map(listIssuers(db).map((issuer) => [issuer.id, issuer.name]));
  const byLot = new Map(lots.map((lot) => [lot.id, emptyCounts()]));
  const lotById = new Map(lots.map((lot) => [lot.id, lot]));
  for (const row of carnetCountRows(db)) {
    const counts = byLot.get(row.lotId);
    const lot = lotById.get(row.lotId);
    if (!counts || !lot) continue;
    const state = carnetState(
      {
        distributedAt: row.distributed ? 'yes' : null,
        revokedAt: row.revoked ? 'yes' : null,
        passCount: row.passCount,
        usedCount: row.usedCount,
        revokedCount: row.revokedCount,
      },
      lotDates(lot),
      today,
    );
    counts.carnets[state] += row.carnets;
    counts.passes += row.passCount * row.carnets;
    counts.passesUsed += row.usedCount * row.carnets;
    counts.passesRevoked += row.revokedCount * row.carnets;
    const unused = (row.passCount - row.usedCount - row.revokedCount) * row.carnets;
    counts.passesUnused += unused;
    counts.unusedValueCents += unused * lot.faceValueCents;
  }
  return lots.map((lot) => {
    const counts = byLot.get(lot.id) ?? emptyCounts();
    const phase = lotPhase(lotDates(lot), today);
    return {
      id: lot.id,
      issuerId: lot.issuerId,
      issuerName: issuerNames.get(lot.issuerId) ?? '',
      reference: lot.reference,
      faceValueCents: lot.faceValueCents,
      carnetSize: lot.carnetSize,
      validUntil: lot.validUntil,
      graceUntil: lot.graceUntil,
      blockDays: lot.blockDays,
      warningDays: lot.warningDays,
      targetCriteria: JSON.parse(lot.targetCriteria) as string[],
      perimeter: lot.perimeter,
      createdAt: lot.createdAt,
      phase,
      alert: lotAlert(lot, phase, counts, today),
      counts,
    };
  });
}
