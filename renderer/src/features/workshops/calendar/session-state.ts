import type { TFunction } from 'i18next';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { parisTime } from '../../../../../electron/common/domain/passes/paris-date';

/** What the seats of a session look like: open, full, cancelled or closed. */
export type SeatsTone = 'open' | 'full' | 'cancelled' | 'closed';

export function seatsTone(session: Pick<SessionSummaryDto, 'status' | 'seatsLeft'>): SeatsTone {
  if (session.status === 'annulee') return 'cancelled';
  if (session.status === 'close') return 'closed';
  return session.seatsLeft > 0 ? 'open' : 'full';
}

/** Colours always go with the text; dark enough for AA contrast as text on white and as white on them. */
export const SEATS_COLORS: Record<SeatsTone, string> = {
  open: '#1e6b31',
  full: '#8f3d00',
  cancelled: '#a51d1d',
  closed: '#495057',
};

/** « 3 places restantes », « Complet — 2 en attente », « Annulée », « Close ». */
export function seatsText(t: TFunction, session: Pick<SessionSummaryDto, 'status' | 'seatsLeft' | 'waiting'>): string {
  switch (seatsTone(session)) {
    case 'cancelled':
      return t('workshops.session.cancelled');
    case 'closed':
      return t('workshops.session.closed');
    case 'open':
      return t('workshops.session.seatsLeft', { count: session.seatsLeft });
    case 'full':
      return session.waiting > 0 ? t('workshops.session.fullWaiting', { count: session.waiting }) : t('workshops.session.full');
  }
}

/** The session's end on the Paris clock, « 15:30 ». */
export function endTime(session: Pick<SessionSummaryDto, 'endsAt'>): string {
  const end = new Date(session.endsAt);
  return Number.isNaN(end.getTime()) ? '' : parisTime(end);
}
