import type { BookingStatus } from '../../../../../electron/common/domain/workshops/statuses';

/** Colours go with the status's label, never alone; dark enough for white text (WCAG AA at badge size). */
export const BOOKING_STATUS_COLORS: Record<BookingStatus, string> = {
  'a-venir': '#1c5a9c',
  'liste-attente': '#8f3d00',
  present: '#1e6b31',
  'absent-excuse': '#5c4b00',
  absent: '#a51d1d',
  annule: '#495057',
};
