import type { LotDto } from '../../../../electron/common/contract';
import { frenchDate } from '../../../../electron/common/domain/passes/paris-date';
import type { CarnetState, PassState } from '../../../../electron/common/domain/passes/pass-state';

const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 1050 → « 10,50 € ». */
export function formatCents(cents: number): string {
  return money.format(cents / 100);
}

/** « 10 », « 10,5 », « 10,50 € » → 1050; null when it is not an amount in euros. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** A calendar date (`2027-01-31`) as « 31/01/2027 », or the text as is when it is not one. */
export function displayDate(date: string): string {
  try {
    return frenchDate(date);
  } catch {
    return date;
  }
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** An instant as « 30/11/2026 10:42 » (Paris time). */
export function displayDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** Colours go with a label, never alone; dark enough for white text (WCAG AA at badge size). */
export const PHASE_COLORS: Record<LotDto['phase'], string> = {
  active: '#1e6b31',
  warning: '#8f3d00',
  blocked: '#a51d1d',
  grace: '#7b2a8c',
  expired: '#495057',
};

export const CARNET_STATE_COLORS: Record<CarnetState, string> = {
  'en-stock': '#1b4f8a',
  distribue: '#1e6b31',
  entame: '#0b6155',
  epuise: '#495057',
  expire: '#495057',
  revoque: '#a51d1d',
};

export const PASS_STATE_COLORS: Record<PassState, string> = {
  'en-stock': '#1b4f8a',
  distribue: '#1e6b31',
  utilise: '#495057',
  revoque: '#a51d1d',
  expire: '#495057',
};
