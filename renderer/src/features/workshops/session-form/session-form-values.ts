import type { TFunction } from 'i18next';
import { SessionFields, type Input, type ServiceDto, type SessionSummaryDto } from '../../../../../electron/common/contract';
import type { WorkshopLevel } from '../../../../../electron/common/domain/workshops/coop';
import type { SessionKind } from '../../../../../electron/common/domain/workshops/statuses';

/** The fields the form shows errors on (backend paths `fields.title` and `title` both land on `title`). */
export const SESSION_FORM_FIELDS = ['kind', 'title', 'serviceId', 'themes', 'level', 'date', 'startTime', 'durationMin', 'room', 'facilitatorId', 'capacity', 'weeks'] as const;
export type SessionFormField = (typeof SESSION_FORM_FIELDS)[number];
export type SessionFormErrors = Partial<Record<SessionFormField, string>>;

export const MAX_WEEKS = 52;
export const TITLE_MAX = 50;

/** What the agent types: numbers stay text until sent, so that a half-typed field is not rewritten. */
export interface SessionFormValues {
  kind: SessionKind;
  title: string;
  serviceId: string;
  themes: string[];
  level: WorkshopLevel | '';
  date: string;
  startTime: string;
  duration: string;
  room: string;
  facilitatorId: string;
  capacity: string;
  repeat: boolean;
  weeks: string;
}

export function emptyValues(date: string): SessionFormValues {
  return { kind: 'collectif', title: '', serviceId: '', themes: [], level: '', date, startTime: '', duration: '', room: '', facilitatorId: '', capacity: '', repeat: false, weeks: '4' };
}

export function valuesOf(session: SessionSummaryDto): SessionFormValues {
  return {
    kind: session.kind,
    title: session.title,
    serviceId: session.serviceId,
    themes: [...session.themes],
    level: session.level ?? '',
    date: session.date,
    startTime: session.startTime,
    duration: String(session.durationMin),
    room: session.room,
    facilitatorId: session.facilitatorId ?? '',
    capacity: String(session.capacity),
    repeat: false,
    weeks: '1',
  };
}

/** Choosing a service brings its themes, level and duration (and its name as the title when none is typed). */
export function withService(values: SessionFormValues, service: ServiceDto | undefined): SessionFormValues {
  if (!service) return { ...values, serviceId: '' };
  const title = values.title.trim() === '' && service.name.length <= TITLE_MAX ? service.name : values.title;
  return { ...values, serviceId: service.id, themes: [...service.themes], level: service.level ?? '', duration: String(service.defaultDurationMin), title };
}

/** An individual appointment has one seat. */
export function withKind(values: SessionFormValues, kind: SessionKind): SessionFormValues {
  return { ...values, kind, capacity: kind === 'individuel' ? '1' : values.capacity };
}

const whole = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function weeksOf(values: SessionFormValues): number {
  return values.repeat ? whole(values.weeks) : 1;
}

/**
 * The fields for `workshops.create` / `workshops.update`, checked with the contract's own rules and messages;
 * or the errors to show beside the fields.
 */
export function toFields(
  t: TFunction,
  values: SessionFormValues,
): { fields: Input<'workshops.create'>['fields']; weeks: number; errors: null } | { fields: null; weeks: number; errors: SessionFormErrors } {
  const errors: SessionFormErrors = {};
  const durationMin = whole(values.duration);
  const capacity = values.kind === 'individuel' ? 1 : whole(values.capacity);
  const weeks = weeksOf(values);
  if (Number.isNaN(durationMin)) errors.durationMin = t('workshops.form.numberRequired');
  if (Number.isNaN(capacity)) errors.capacity = t('workshops.form.numberRequired');
  if (Number.isNaN(weeks) || weeks < 1 || weeks > MAX_WEEKS) errors.weeks = t('workshops.form.weeksInvalid');
  if (values.serviceId === '') errors.serviceId = t('workshops.form.serviceRequired');
  if (values.date === '') errors.date = t('workshops.form.dateRequired');
  if (values.startTime === '') errors.startTime = t('workshops.form.timeRequired');
  const fields: Input<'workshops.create'>['fields'] = {
    kind: values.kind,
    title: values.title.trim(),
    serviceId: values.serviceId,
    themes: values.themes,
    level: values.level === '' ? null : values.level,
    date: values.date,
    startTime: values.startTime,
    durationMin,
    room: values.room.trim(),
    facilitatorId: values.facilitatorId === '' ? null : values.facilitatorId,
    capacity,
  };
  const checked = SessionFields.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = SESSION_FORM_FIELDS.find((candidate) => candidate === issue.path[0]);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { fields: null, weeks, errors } : { fields, weeks, errors: null };
}
