import type { ServiceDto, SessionSummaryDto } from '../../electron/common/contract';
import { parisInstant } from '../../electron/common/domain/workshops/paris-time';

export const SERVICE_ID = '0190a8c0-0000-7000-8000-0000000000e1';
export const OTHER_SERVICE_ID = '0190a8c0-0000-7000-8000-0000000000e2';
export const SESSION_ID = '0190a8c0-0000-7000-8000-0000000000f1';
export const FACILITATOR_ID = '0190a8c0-0000-7000-8000-000000000002';
export const OTHER_FACILITATOR_ID = '0190a8c0-0000-7000-8000-000000000003';

/** The agents who may run a session (`workshops.facilitators`). */
export const FACILITATORS = [
  { id: FACILITATOR_ID, displayName: 'Aminata Diallo' },
  { id: OTHER_FACILITATOR_ID, displayName: 'Julien Moreau' },
];

/** A service of the catalogue: a collective workshop paid by one pass. */
export function service(overrides: Partial<ServiceDto> = {}): ServiceDto {
  return {
    id: SERVICE_ID,
    name: 'Premiers pas sur smartphone',
    themes: ['prendre-en-main-materiel', 'navigation-internet'],
    level: 'debutant',
    defaultDurationMin: 90,
    passRequired: true,
    pricePasses: 1,
    archived: false,
    ...overrides,
  };
}

/**
 * A session as the calendar shows it: Wednesday 3 March 2027, 14:00, 90 minutes, 3 seats left of 8. Its instants
 * follow the date, start time and duration given (unless given themselves).
 */
export function sessionSummary(overrides: Partial<SessionSummaryDto> = {}): SessionSummaryDto {
  const base: SessionSummaryDto = {
    id: SESSION_ID,
    kind: 'collectif',
    title: 'Premiers pas sur smartphone',
    serviceId: SERVICE_ID,
    serviceName: 'Premiers pas sur smartphone',
    passRequired: true,
    pricePasses: 1,
    themes: ['prendre-en-main-materiel', 'navigation-internet'],
    level: 'debutant',
    date: '2027-03-03',
    startTime: '14:00',
    startsAt: '',
    endsAt: '',
    durationMin: 90,
    room: 'Salle Condorcet',
    facilitatorId: FACILITATOR_ID,
    facilitatorName: 'Aminata Diallo',
    capacity: 8,
    booked: 5,
    present: 0,
    waiting: 0,
    seatsLeft: 3,
    status: 'prevue',
    seriesId: null,
    cancelReason: null,
    ...overrides,
  };
  const startsAt = overrides.startsAt ?? parisInstant(base.date, base.startTime).toISOString();
  const endsAt = overrides.endsAt ?? new Date(Date.parse(startsAt) + base.durationMin * 60_000).toISOString();
  return { ...base, startsAt, endsAt };
}

/** A distinct session id for the n-th session of a test (UUIDv7-shaped). */
export function sessionId(n: number): string {
  return `0190a8c0-0000-7000-8000-${(0xf00000000000 + n).toString(16)}`;
}
