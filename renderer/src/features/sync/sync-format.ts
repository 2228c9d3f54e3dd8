import type { TFunction } from 'i18next';
import { formatCount } from '../../../../electron/common/documents/a4-document';
import { frenchInstant } from '../../../../electron/common/documents/report-text';

/** Reference data older than this is flagged (the door screen and the status card warn). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const shortUnits = new Intl.RelativeTimeFormat('fr-FR', { style: 'short', numeric: 'always' });
const longUnits = new Intl.RelativeTimeFormat('fr-FR', { style: 'long', numeric: 'always' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago an instant was, as « il y a 12 min », « il y a 3 h », « il y a 2 jours » (« à l’instant » under a minute). */
export function ageText(t: TFunction, iso: string, now: Date): string {
  const elapsed = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(elapsed) || elapsed < MINUTE) return t('sync.age.justNow');
  if (elapsed < HOUR) return shortUnits.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return shortUnits.format(-Math.floor(elapsed / HOUR), 'hour');
  return longUnits.format(-Math.floor(elapsed / DAY), 'day');
}

/** How far ahead an instant is, as « dans 3 min », « dans 2 h » (« imminent » when it is due). */
export function delayText(t: TFunction, iso: string, now: Date): string {
  const ahead = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ahead) || ahead < MINUTE) return t('sync.age.soon');
  if (ahead < HOUR) return shortUnits.format(Math.ceil(ahead / MINUTE), 'minute');
  if (ahead < DAY) return shortUnits.format(Math.round(ahead / HOUR), 'hour');
  return longUnits.format(Math.round(ahead / DAY), 'day');
}

/** Whether reference data received at `iso` is more than 24 h old. */
export function isStale(iso: string, now: Date): boolean {
  return now.getTime() - new Date(iso).getTime() > STALE_AFTER_MS;
}

/** « 03/12/2026 à 14:02 (il y a 3 h) ». */
export function instantWithAge(t: TFunction, iso: string, now: Date): string {
  return t('sync.age.instant', { instant: frenchInstant(iso), age: ageText(t, iso, now) });
}

/** « 03/12/2026 à 14:02 », Paris time. */
export const instantText = frenchInstant;

/** « 12 345 », French digit grouping. */
export const countText = (value: number): string => formatCount(value);
