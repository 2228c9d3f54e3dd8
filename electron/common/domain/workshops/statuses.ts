/**
 * Statuses of sessions and bookings. A booking's statuses are RDV Service Public's (research/domain.md §4.1): à
 * venir, présent, absent excusé, absent, annulé — plus the waiting list of a full session.
 */

export const SESSION_KINDS = ['collectif', 'individuel'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['prevue', 'annulee', 'close'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  prevue: 'Prévue',
  annulee: 'Annulée',
  close: 'Close',
};

export const BOOKING_STATUSES = ['a-venir', 'liste-attente', 'present', 'absent-excuse', 'absent', 'annule'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  'a-venir': 'À venir',
  'liste-attente': 'Liste d’attente',
  present: 'Présent·e',
  'absent-excuse': 'Absent·e excusé·e',
  absent: 'Absent·e',
  annule: 'Annulé',
};

/** The bookings that hold a seat (the waiting list and cancellations do not). */
export const SEAT_HOLDING: readonly BookingStatus[] = ['a-venir', 'present', 'absent-excuse', 'absent'];

export function holdsSeat(status: BookingStatus): boolean {
  return SEAT_HOLDING.includes(status);
}

/** Seats left, never below zero (a referent may seat people over capacity). */
export function seatsLeft(capacity: number, seatsTaken: number): number {
  return Math.max(0, capacity - seatsTaken);
}
