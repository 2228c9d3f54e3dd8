import type { BookingDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { parisTime } from '../../../../../electron/common/domain/passes/paris-date';
import { holdsSeat, seatsLeft } from '../../../../../electron/common/domain/workshops/statuses';

/** « 14:00 – 15:30 »: the start as planned, the end from the session's end instant (Paris time). */
export function sessionTimeRange(session: Pick<SessionSummaryDto, 'startTime' | 'endsAt'>): { start: string; end: string } {
  const end = new Date(session.endsAt);
  return { start: session.startTime, end: Number.isNaN(end.getTime()) ? '' : parisTime(end) };
}

export interface AttendanceCounts {
  /** Bookings that hold a seat (à venir, présent, absent, excusé). */
  booked: number;
  present: number;
  absent: number;
  excused: number;
  toCome: number;
  waiting: number;
  seatsLeft: number;
}

/**
 * The counters, computed from the bookings shown (so that a result patched into the list moves them at once,
 * before the session is reloaded).
 */
export function attendanceCounts(capacity: number, bookings: readonly BookingDto[]): AttendanceCounts {
  const count = (status: BookingDto['status']) => bookings.filter((booking) => booking.status === status).length;
  const booked = bookings.filter((booking) => holdsSeat(booking.status)).length;
  return {
    booked,
    present: count('present'),
    absent: count('absent'),
    excused: count('absent-excuse'),
    toCome: count('a-venir'),
    waiting: count('liste-attente'),
    seatsLeft: seatsLeft(capacity, booked),
  };
}

/** Alphabetical order by family name, then first name (French collation). */
export function byName(a: Pick<BookingDto, 'nom' | 'prenom'>, b: Pick<BookingDto, 'nom' | 'prenom'>): number {
  return a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }) || a.prenom.localeCompare(b.prenom, 'fr', { sensitivity: 'base' });
}
