import type { Clock } from '../../common/domain/clock';
import type { SyncStatusDto } from '../../common/contract';
import type { GuichetDatabase } from '../../../db/types';
import type { CredentialStore } from './credential-store';
import { ensureEpoch, markSent } from './epoch';
import { HubClient, HubError, type HubFailureKind, type HubFetch } from './hub-client';
import { pseudonymOf } from './pseudonym';
import { pullAll } from './pull';
import { pushBatch } from './push';
import { SyncScheduler, type RoundOutcome } from './sync-scheduler';
import { hubLink, pseudonymKey, saveSyncSetting, SYNC_KEYS, syncInstant, type HubLink } from './sync-settings';
import { syncStatus } from './sync-status';

export interface SyncEngineOptions {
  db: GuichetDatabase;
  clock: Clock;
  dataDir: string;
  credentials: CredentialStore;
  /** Regular interval between rounds (default 2 minutes). */
  intervalMs?: number;
  fetch?: HubFetch;
  random?: () => number;
  log?: (line: string) => void;
  /** After every round and every change of state. */
  onChange?: (status: SyncStatusDto) => void;
  /** Local accounts the hub's administrator disabled (pulled): their sessions end. */
  onAgentsDisabled?: (agentIds: string[]) => void;
  /** This desk's sessions that received bookings from other places (pulled). */
  onSessionsBooked?: (sessionIds: string[]) => void;
}

const DEFAULT_INTERVAL_MS = 2 * 60_000;

/**
 * The desk's upload and pull: one round pushes every due operation in batches, then pulls the reference data;
 * the scheduler decides when. SyncService wraps it for the contract (enrollment, review, the door's fast path).
 */
export class SyncEngine {
  readonly scheduler: SyncScheduler;
  private epoch: string;
  private running = false;
  private lastFailure: HubFailureKind | null = null;
  private nextAttemptAt: Date | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    const check = ensureEpoch(options.db, options.dataDir, options.clock());
    this.epoch = check.epoch;
    if (check.renewed) options.log?.(`Envoi au hub : nouvelle époque (${check.renewed}).`);
    this.scheduler = new SyncScheduler({
      run: () => this.round(),
      intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
      random: options.random,
      onScheduled: (delayMs) => {
        this.nextAttemptAt = new Date(this.options.clock().getTime() + delayMs);
      },
    });
  }

  /** False after a failed exchange, until the next success: the door then does not wait for the hub. */
  get reachable(): boolean {
    return this.lastFailure === null;
  }

  get currentEpoch(): string {
    return this.epoch;
  }

  start(): void {
    if (this.linked()) this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
  }

  status(): SyncStatusDto {
    return syncStatus(this.options.db, { running: this.running, nextAttemptAt: this.nextAttemptAt, lastFailure: this.lastFailure });
  }

  /** A client for the enrolled hub, or null when not enrolled / revoked. */
  async client(timeoutMs?: number): Promise<HubClient | null> {
    const link = this.linked();
    return link ? this.clientFor(link, timeoutMs) : null;
  }

  private async clientFor(link: HubLink, timeoutMs?: number): Promise<HubClient | null> {
    const credential = await this.options.credentials.read();
    if (!credential) return null;
    return new HubClient({ baseUrl: link.url, credential, fetch: this.options.fetch, timeoutMs });
  }

  /** Enrollment without a credential yet. */
  enrollClient(url: string): HubClient {
    return new HubClient({ baseUrl: url, credential: null, fetch: this.options.fetch });
  }

  /** One full round: every due operation pushed (batch after batch), then the reference data pulled. */
  async round(): Promise<RoundOutcome> {
    const link = this.linked();
    const client = link ? await this.clientFor(link) : null;
    if (!client || !link) return 'stop';
    this.running = true;
    this.announce();
    try {
      await this.pushAll(client);
      const pulled = await pullAll({
        db: this.options.db,
        client,
        now: this.options.clock,
        siteId: link.siteId,
        onAgentsDisabled: this.options.onAgentsDisabled,
        onSessionsBooked: this.options.onSessionsBooked,
      });
      this.afterSuccess(pulled.serverTime);
      return 'ok';
    } catch (error) {
      return this.afterFailure(error);
    } finally {
      this.running = false;
      this.announce();
    }
  }

  /** Pushes the due operations (or only `onlyOpId`'s) with this client; throws HubError on a failed exchange. */
  async pushAll(client: HubClient, onlyOpId?: string): Promise<void> {
    const key = pseudonymKey(this.options.db, this.options.clock());
    for (;;) {
      const round = await pushBatch(
        {
          db: this.options.db,
          client,
          now: this.options.clock,
          epoch: this.epoch,
          pid: (id) => pseudonymOf(key, id),
          random: this.options.random,
          beforeSend: (seq) => markSent(this.options.dataDir, this.epoch, seq),
        },
        undefined,
        onlyOpId,
      );
      if (!round.full || onlyOpId) break;
    }
  }

  private afterSuccess(serverTime: string | null): void {
    const now = this.options.clock();
    const { db } = this.options;
    this.lastFailure = null;
    db.sqlite
      .transaction(() => {
        saveSyncSetting(db, SYNC_KEYS.lastPushAt, now.toISOString(), now);
        saveSyncSetting(db, SYNC_KEYS.lastError, null, now);
        if (serverTime) saveSyncSetting(db, SYNC_KEYS.clockSkewMs, now.getTime() - Date.parse(serverTime), now);
      })
      .immediate();
  }

  /** A failed exchange outside a round (the door's check): remembered, so that the next scans do not wait. */
  noteFailure(error: unknown): void {
    this.afterFailure(error);
  }

  private afterFailure(error: unknown): RoundOutcome {
    const now = this.options.clock();
    const hubError = error instanceof HubError ? error : new HubError('server', `Erreur inattendue pendant l’envoi : ${error instanceof Error ? error.message : String(error)}`);
    this.lastFailure = hubError.kind;
    saveSyncSetting(this.options.db, SYNC_KEYS.lastError, { message: hubError.message, at: now.toISOString() }, now);
    this.options.log?.(`Envoi au hub : ${hubError.message}`);
    if (hubError.kind === 'revoked') {
      saveSyncSetting(this.options.db, SYNC_KEYS.revokedAt, now.toISOString(), now);
      return 'stop';
    }
    return hubError.kind === 'unauthorized' ? 'stop' : 'retry';
  }

  /** Records a new enrollment (the credential is already stored); `start()` then starts the rhythm. */
  linkTo(link: HubLink, keepCursor: boolean): void {
    const now = this.options.clock();
    const { db } = this.options;
    db.sqlite
      .transaction(() => {
        saveSyncSetting(db, SYNC_KEYS.hub, link, now);
        saveSyncSetting(db, SYNC_KEYS.revokedAt, null, now);
        saveSyncSetting(db, SYNC_KEYS.lastError, null, now);
        if (!keepCursor) saveSyncSetting(db, SYNC_KEYS.pullCursor, 0, now);
      })
      .immediate();
    this.lastFailure = null;
  }

  linked(): HubLink | null {
    const link = hubLink(this.options.db);
    return link && syncInstant(this.options.db, SYNC_KEYS.revokedAt) === null ? link : null;
  }

  announce(): void {
    this.options.onChange?.(this.status());
  }
}
