import type { BookingDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { displayPhone } from '../../../../../electron/common/domain/beneficiaries/phone';
import { frenchDate, parisDate, parisTime, addDays } from '../../../../../electron/common/domain/passes/paris-date';

/** « Héloïse DUPONT »: how the person is named when someone calls them. */
export function callName(booking: Pick<BookingDto, 'nom' | 'prenom'>): string {
  return `${booking.prenom} ${booking.nom.toLocaleUpperCase('fr-FR')}`;
}

/** The phone as people read it, or null when there is none. */
export function readablePhone(phone: string | null): string | null {
  return phone ? displayPhone(phone) : null;
}

/** The wall-clock time (Paris) at which the session ends. */
export function endTime(session: Pick<SessionSummaryDto, 'endsAt' | 'startTime'>): string {
  const end = new Date(session.endsAt);
  return Number.isNaN(end.getTime()) ? session.startTime : parisTime(end);
}

/** `2027-03-01` → `01/03/2027`, or the text as is when it is not a date. */
export function shortDate(date: string): string {
  try {
    return frenchDate(date);
  } catch {
    return date;
  }
}

/** Today's date in Paris. */
export function parisToday(now: Date = new Date()): string {
  return parisDate(now);
}

/** Tomorrow's date in Paris (the day reminders are usually made for). */
export function parisTomorrow(now: Date = new Date()): string {
  return addDays(parisDate(now), 1);
}

/** Whether the session still takes bookings and cancellations. */
export function isOpen(session: Pick<SessionSummaryDto, 'status'>): boolean {
  return session.status === 'prevue';
}
