import type { ReviewItemDto, SyncStatusDto } from '../../electron/common/contract';

export const DESK_ID = '0190a8c0-0000-7000-8000-0000000005d1';
export const REVIEW_IDS = {
  conflict: '0190a8c0-0000-7000-8000-0000000005e1',
  rejected: '0190a8c0-0000-7000-8000-0000000005e2',
  settled: '0190a8c0-0000-7000-8000-0000000005e3',
} as const;

/** An instant `minutes` before now, as the backend sends it. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

/** An enrolled desk, up to date: reference data received 3 hours ago. */
export function syncStatus(overrides: Partial<SyncStatusDto> = {}): SyncStatusDto {
  return {
    state: 'idle',
    hub: {
      url: 'https://hub.montpellier3m.fr',
      deskId: DESK_ID,
      collectivityName: 'Montpellier Méditerranée Métropole',
      siteName: 'Médiathèque Émile-Zola',
      enrolledAt: '2026-11-02T09:15:00.000Z',
    },
    lastPushAt: minutesAgo(5),
    lastPullAt: minutesAgo(180),
    pending: 1234,
    waitingRetry: 2,
    needsUpgrade: 0,
    toReview: 3,
    lastError: null,
    nextAttemptAt: null,
    clockWarning: null,
    provisionalMaxDays: 7,
    ...overrides,
  };
}

/** A desk that works alone, never enrolled. */
export function notConfigured(): SyncStatusDto {
  return syncStatus({ state: 'not-configured', hub: null, lastPushAt: null, lastPullAt: null, pending: 12, waitingRetry: 0, toReview: 0 });
}

/** A pass redeemed here after another site had redeemed it: the hub's first arrival won. */
export function conflictItem(overrides: Partial<ReviewItemDto> = {}): ReviewItemDto {
  return {
    id: REVIEW_IDS.conflict,
    kind: 'conflict',
    operationLabel: 'Pass utilisé',
    passNumber: '1000000025',
    message: 'Pass déjà utilisé au CCAS de Montpellier le 02/12/2026 à 10:12.',
    occurredAt: '2026-12-03T13:05:00.000Z',
    detectedAt: '2026-12-03T13:20:00.000Z',
    sessionTitle: 'Premiers pas sur smartphone',
    personName: 'DUPONT Héloïse',
    otherSite: { name: 'CCAS de Montpellier', at: '2026-12-02T09:12:00.000Z' },
    settlement: null,
    ...overrides,
  };
}

/** An operation the hub refused for good (a revoked pass). */
export function rejectedItem(overrides: Partial<ReviewItemDto> = {}): ReviewItemDto {
  return {
    id: REVIEW_IDS.rejected,
    kind: 'rejected',
    operationLabel: 'Carnet remis',
    passNumber: null,
    message: 'Lot inconnu du hub : la remise n’a pas été enregistrée.',
    occurredAt: null,
    detectedAt: '2026-12-03T14:00:00.000Z',
    sessionTitle: null,
    personName: null,
    otherSite: null,
    settlement: null,
    ...overrides,
  };
}

export function settledItem(): ReviewItemDto {
  return conflictItem({
    id: REVIEW_IDS.settled,
    passNumber: '1000000033',
    settlement: { outcome: 'signale', comment: 'Appel à l’émetteur le 4/12.', at: '2026-12-04T08:30:00.000Z', byName: 'Claire Martin' },
  });
}
