import type { ActivityDto, BookingDto, ServiceDto, SessionSummaryDto } from '../../../common/contract';
import { seatsLeft } from '../../../common/domain/workshops/statuses';
import type { ActivityRow, BookingListRow, BookingPasses, ServiceRow, SessionListRow } from '../../../../db/repositories/workshop.repo';

const MINUTE_MS = 60_000;

export function toServiceDto(row: ServiceRow): ServiceDto {
  return {
    id: row.id,
    name: row.name,
    themes: JSON.parse(row.themes) as string[],
    level: row.level,
    defaultDurationMin: row.defaultDurationMin,
    passRequired: row.passRequired,
    pricePasses: row.pricePasses,
    archived: row.archivedAt !== null,
  };
}

export function toSessionSummaryDto(row: SessionListRow): SessionSummaryDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    serviceId: row.serviceId,
    serviceName: row.serviceName,
    passRequired: row.passRequired === 1,
    pricePasses: row.pricePasses,
    themes: JSON.parse(row.themes) as string[],
    level: row.level,
    date: row.date,
    startTime: row.startTime,
    startsAt: row.startsAt,
    endsAt: new Date(Date.parse(row.startsAt) + row.durationMin * MINUTE_MS).toISOString(),
    durationMin: row.durationMin,
    room: row.room,
    facilitatorId: row.facilitatorId,
    facilitatorName: row.facilitatorName,
    capacity: row.capacity,
    booked: row.booked,
    present: row.present,
    waiting: row.waiting,
    seatsLeft: seatsLeft(row.capacity, row.booked),
    status: row.status,
    seriesId: row.seriesId,
    cancelReason: row.cancelReason,
  };
}

export function toBookingDto(row: BookingListRow, passes: BookingPasses, waitPosition: number | null): BookingDto {
  return {
    id: row.id,
    sessionId: row.sessionId,
    beneficiaryId: row.beneficiaryId,
    nom: row.nom,
    prenom: row.prenom,
    phone: row.phone,
    status: row.status,
    waitPosition,
    passesRedeemed: row.passesRedeemed,
    passNumbers: passes.numbers,
    passesToConfirm: passes.toConfirm,
    bookedAt: row.queuedAt,
    bookedByName: row.bookedByName,
    promotedAt: row.promotedAt,
    signedInAt: row.signedInAt,
    overCapacity: row.overCapacity === 1,
  };
}

/** Waiting-list ranks (1 = next) of a session's bookings, listed in queue order. */
export function waitPositions(rows: readonly BookingListRow[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (const row of rows) if (row.status === 'liste-attente') positions.set(row.id, positions.size + 1);
  return positions;
}

export function toActivityDto(row: ActivityRow): ActivityDto {
  return {
    id: row.id,
    sessionId: row.sessionId,
    type: row.type,
    date: row.date,
    durationMin: row.durationMin,
    placeType: 'lieu-activite',
    placeName: row.placeName,
    communeCode: row.communeCode,
    title: row.title,
    themes: JSON.parse(row.themes) as string[],
    level: row.level,
    autonomy: row.autonomy,
    redirection: row.redirection,
    participants: (JSON.parse(row.participantIds) as string[]).length,
    newParticipants: row.newParticipants,
    passesRedeemed: row.passesRedeemed,
    recordedAt: row.recordedAt,
  };
}
