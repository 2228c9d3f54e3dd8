import type { ActivityDto, BookingDto, PersonBookingDto, PrintJobDto, SessionDetailDto, SessionSummaryDto } from '../../electron/common/contract';
import { PERSON_ID } from './beneficiaries-fixtures';

export const SESSION_ID = '0190a8c0-0000-7000-8000-0000000000f1';
export const SERIES_ID = '0190a8c0-0000-7000-8000-0000000000f2';
export const BOOKING_ID = '0190a8c0-0000-7000-8000-0000000000f3';
export const SERVICE_ID = '0190a8c0-0000-7000-8000-0000000000f4';
/** A day far ahead, so that the session is always « à venir » whatever day the tests run. */
export const SESSION_DATE = '2030-03-05';

export function sessionSummary(overrides: Partial<SessionSummaryDto> = {}): SessionSummaryDto {
  return {
    id: SESSION_ID,
    kind: 'collectif',
    title: 'Premiers pas sur internet',
    serviceId: SERVICE_ID,
    serviceName: 'Atelier collectif 2 h',
    passRequired: true,
    pricePasses: 1,
    themes: ['navigation-internet', 'email'],
    level: 'debutant',
    date: SESSION_DATE,
    startTime: '14:00',
    startsAt: '2030-03-05T13:00:00.000Z',
    endsAt: '2030-03-05T15:00:00.000Z',
    durationMin: 120,
    room: 'Salle Jules-Verne',
    facilitatorId: '0190a8c0-0000-7000-8000-000000000002',
    facilitatorName: 'Aminata Diallo',
    capacity: 8,
    booked: 2,
    present: 0,
    waiting: 1,
    seatsLeft: 6,
    status: 'prevue',
    seriesId: null,
    cancelReason: null,
    ...overrides,
  };
}

export function bookingDto(overrides: Partial<BookingDto> = {}): BookingDto {
  return {
    id: BOOKING_ID,
    sessionId: SESSION_ID,
    beneficiaryId: PERSON_ID,
    nom: 'Dupont',
    prenom: 'Héloïse',
    phone: '0612345678',
    status: 'a-venir',
    waitPosition: null,
    passesRedeemed: 0,
    passNumbers: [],
    passesToConfirm: [],
    bookedAt: '2030-02-20T10:00:00.000Z',
    bookedByName: 'Aminata Diallo',
    promotedAt: null,
    signedInAt: null,
    overCapacity: false,
    ...overrides,
  };
}

/** Héloïse Dupont booked, Karim Benali present with a pass, Lucie Martin first on the waiting list. */
export function sessionBookings(): BookingDto[] {
  return [
    bookingDto(),
    bookingDto({
      id: '0190a8c0-0000-7000-8000-0000000000f5',
      beneficiaryId: '0190a8c0-0000-7000-8000-0000000000b5',
      nom: 'Benali',
      prenom: 'Karim',
      phone: null,
      status: 'present',
      passesRedeemed: 1,
      passNumbers: ['1000000001'],
    }),
    bookingDto({
      id: '0190a8c0-0000-7000-8000-0000000000f6',
      beneficiaryId: '0190a8c0-0000-7000-8000-0000000000b6',
      nom: 'Martin',
      prenom: 'Lucie',
      phone: '0467000000',
      status: 'liste-attente',
      waitPosition: 1,
    }),
  ];
}

export function sessionDetail(overrides: { session?: Partial<SessionSummaryDto>; bookings?: BookingDto[]; activity?: ActivityDto | null } = {}): SessionDetailDto {
  return {
    session: sessionSummary(overrides.session),
    bookings: overrides.bookings ?? sessionBookings(),
    activity: overrides.activity ?? null,
  };
}

export function activityDto(overrides: Partial<ActivityDto> = {}): ActivityDto {
  return {
    id: '0190a8c0-0000-7000-8000-0000000000f7',
    sessionId: SESSION_ID,
    type: 'collectif',
    date: SESSION_DATE,
    durationMin: 120,
    placeType: 'lieu-activite',
    placeName: 'Médiathèque Louise-Michel',
    communeCode: '34172',
    title: 'Premiers pas sur internet',
    themes: ['navigation-internet', 'email'],
    level: 'debutant',
    autonomy: null,
    redirection: null,
    participants: 1,
    newParticipants: 1,
    passesRedeemed: 1,
    recordedAt: '2030-03-05T15:05:00.000Z',
    ...overrides,
  };
}

export function personBooking(overrides: Partial<BookingDto> = {}, session: Partial<SessionSummaryDto> = {}): PersonBookingDto {
  return { ...bookingDto(overrides), session: sessionSummary(session) };
}

export const SLIP_JOB: PrintJobDto = {
  id: '0190a8c0-0000-7000-8000-0000000000e9',
  kind: 'booking-slip',
  label: 'Ticket de réservation',
  state: 'queued',
  attempts: 0,
  lastError: null,
  createdAt: '2030-02-20T10:00:00.000Z',
  printedAt: null,
};
