import type { BookingDto, SessionDetailDto, SessionSummaryDto } from '../../electron/common/contract';

export const SIGNIN_SESSION_ID = '0190a8c0-0000-7000-8000-0000000000f1';
export const SIGNIN_SERVICE_ID = '0190a8c0-0000-7000-8000-0000000000f2';
export const FACILITATOR_ID = '0190a8c0-0000-7000-8000-000000000002';

/** Beneficiary ids of the people in the fixtures. */
export const PEOPLE = {
  heloise: '0190a8c0-0000-7000-8000-0000000001a1',
  mohamed: '0190a8c0-0000-7000-8000-0000000001a2',
  jeanne: '0190a8c0-0000-7000-8000-0000000001a3',
  karim: '0190a8c0-0000-7000-8000-0000000001a4',
  lucie: '0190a8c0-0000-7000-8000-0000000001a5',
} as const;

export function sessionSummary(overrides: Partial<SessionSummaryDto> = {}): SessionSummaryDto {
  return {
    id: SIGNIN_SESSION_ID,
    kind: 'collectif',
    title: 'Premiers pas sur smartphone',
    serviceId: SIGNIN_SERVICE_ID,
    serviceName: 'Atelier smartphone',
    passRequired: true,
    pricePasses: 1,
    themes: ['prendre-en-main-materiel'],
    level: 'debutant',
    date: '2026-12-03',
    startTime: '14:00',
    startsAt: '2026-12-03T13:00:00.000Z',
    endsAt: '2026-12-03T15:30:00.000Z',
    durationMin: 150,
    room: 'Salle Olympe-de-Gouges',
    facilitatorId: FACILITATOR_ID,
    facilitatorName: 'Aminata Diallo',
    capacity: 8,
    booked: 3,
    present: 1,
    waiting: 1,
    seatsLeft: 5,
    status: 'prevue',
    seriesId: null,
    cancelReason: null,
    ...overrides,
  };
}

let bookingSequence = 0;

export function booking(overrides: Partial<BookingDto> = {}): BookingDto {
  bookingSequence += 1;
  const suffix = bookingSequence.toString(16).padStart(4, '0');
  return {
    id: `0190a8c0-0000-7000-8000-00000000${suffix}`,
    sessionId: SIGNIN_SESSION_ID,
    beneficiaryId: PEOPLE.heloise,
    nom: 'Dupont',
    prenom: 'Héloïse',
    phone: '0612345678',
    status: 'a-venir',
    waitPosition: null,
    passesRedeemed: 0,
    passNumbers: [],
    passesToConfirm: [],
    bookedAt: '2026-11-25T10:00:00.000Z',
    bookedByName: 'Aminata Diallo',
    promotedAt: null,
    signedInAt: null,
    overCapacity: false,
    ...overrides,
  };
}

/** A session with two people to come, one already present and one on the waiting list. */
export function sessionDetail(overrides: { session?: Partial<SessionSummaryDto>; bookings?: BookingDto[] } = {}): SessionDetailDto {
  return {
    session: sessionSummary(overrides.session),
    bookings: overrides.bookings ?? [
      booking({ beneficiaryId: PEOPLE.heloise, nom: 'Dupont', prenom: 'Héloïse' }),
      booking({ beneficiaryId: PEOPLE.mohamed, nom: 'Benali', prenom: 'Mohamed', phone: '0798765432' }),
      booking({
        beneficiaryId: PEOPLE.jeanne,
        nom: 'Lefèvre',
        prenom: 'Jeanne',
        status: 'present',
        passesRedeemed: 1,
        passNumbers: ['1000000017'],
        signedInAt: '2026-12-03T13:02:00.000Z',
      }),
      booking({ beneficiaryId: PEOPLE.karim, nom: 'Nguyen', prenom: 'Karim', status: 'liste-attente', waitPosition: 1 }),
    ],
    activity: null,
  };
}
