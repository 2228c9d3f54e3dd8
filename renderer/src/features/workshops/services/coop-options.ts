import type { TFunction } from 'i18next';
import { COOP_THEMATIQUES, WORKSHOP_LEVELS, WORKSHOP_LEVEL_LABELS, type WorkshopLevel } from '../../../../../electron/common/domain/workshops/coop';

/** La Coop's thématiques, for a multi-select. */
export const THEME_OPTIONS = COOP_THEMATIQUES.map(([value, label]) => ({ value, label }));

/** The levels, with « Non précisé » first (a level is optional). */
export function levelOptions(t: TFunction): Array<{ value: WorkshopLevel | ''; label: string }> {
  return [{ value: '', label: t('workshops.form.noLevel') }, ...WORKSHOP_LEVELS.map((value) => ({ value, label: WORKSHOP_LEVEL_LABELS[value] }))];
}

export function isLevel(value: string): value is WorkshopLevel {
  return (WORKSHOP_LEVELS as readonly string[]).includes(value);
}

/** 90 → « 1 h 30 », 45 → « 45 min », 120 → « 2 h ». */
export function durationText(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('workshops.duration.minutes', { minutes: rest });
  if (rest === 0) return t('workshops.duration.hours', { hours });
  return t('workshops.duration.hoursMinutes', { hours, minutes: rest.toString().padStart(2, '0') });
}
