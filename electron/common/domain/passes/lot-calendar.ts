import { addDays, daysFromTo, frenchDate, type IsoDate } from './paris-date';

/**
 * A lot's validity timeline (APTIC): passes are valid until `validUntil` (e.g. 31/12), still accepted during a
 * grace period until `graceUntil` (e.g. one month more); desks are warned `warningDays` before the end and stop
 * handing the lot out `blockDays` before it.
 */
export interface LotDates {
  validUntil: IsoDate;
  graceUntil: IsoDate;
  blockDays: number;
  warningDays: number;
}

export type LotPhase = 'active' | 'warning' | 'blocked' | 'grace' | 'expired';

export const LOT_PHASE_LABELS: Record<LotPhase, string> = {
  active: 'En cours',
  warning: 'Fin proche',
  blocked: 'Distribution bloquée',
  grace: 'Période de grâce',
  expired: 'Expiré',
};

/** Where the lot stands on `today` (a Paris calendar date). */
export function lotPhase(lot: LotDates, today: IsoDate): LotPhase {
  if (today > lot.graceUntil) return 'expired';
  if (today > lot.validUntil) return 'grace';
  const remaining = daysFromTo(today, lot.validUntil);
  if (remaining <= lot.blockDays) return 'blocked';
  if (remaining <= lot.warningDays) return 'warning';
  return 'active';
}

export type DistributionCheck = { ok: true; warning: string | null } | { ok: false; message: string };

/** Whether a carnet of the lot may be handed out on `today`, with the warning to show the agent if any. */
export function distributionCheck(lot: LotDates, today: IsoDate): DistributionCheck {
  switch (lotPhase(lot, today)) {
    case 'blocked':
      return { ok: false, message: `Distribution bloquée : ce lot n’est plus valable que jusqu’au ${frenchDate(lot.validUntil)}.` };
    case 'grace':
    case 'expired':
      return {
        ok: false,
        message: `Distribution impossible : ce lot n’est plus valable depuis le ${frenchDate(addDays(lot.validUntil, 1))}.`,
      };
    case 'warning':
      return { ok: true, warning: `Ce lot expire le ${frenchDate(lot.validUntil)} : prévenez la personne.` };
    case 'active':
      return { ok: true, warning: null };
  }
}

/** Whether the lot's passes are still accepted on `today`: until the end of the grace period included. */
export function usableOn(lot: LotDates, today: IsoDate): boolean {
  return today <= lot.graceUntil;
}
