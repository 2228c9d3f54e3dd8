import { AppError, REVIEW_OUTCOME_LABELS, type BookingElsewhereDto, type EnrollInput, type PrintRequestDto, type ProvisionalPolicyInput, type ReviewItemDto, type SettleInput, type SyncStatusDto } from '../../common/contract';
import type { Clock } from '../../common/domain/clock';
import type { ReceiptLayout } from '../../common/receipts/receipt-layout';
import type { OpResult } from '../../common/sync/protocol';
import { writeChange } from '../../../db/change';
import { getSite } from '../../../db/repositories/site.repo';
import { redemptionOutboxOp } from '../../../db/repositories/sync.repo';
import { findSyncReview, listSyncReviews, settleSyncReview } from '../../../db/repositories/sync-review.repo';
import type { GuichetDatabase } from '../../../db/types';
import { bookElsewhere } from './book-elsewhere';
import type { CredentialStore } from './credential-store';
import { HubError } from './hub-client';
import { toReviewItemDto } from './review-dto';
import type { SyncEngine } from './sync-engine';
import { hubLink, provisionalMaxDays, saveSyncSetting, SYNC_KEYS } from './sync-settings';

/** The door waits this long for the hub's word on a redemption. */
export const DOOR_CHECK_MS = 2_000;

export type DoorCheck = { status: 'accepted' | 'conflict' | 'waiting'; message: string };

/** An http:// hub only on this machine (tests, the demo); anything else must be https:// (certificate verified). */
function insecureUrlProblem(url: URL): string | null {
  if (url.protocol === 'https:') return null;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return loopback ? null : 'Adresse non chiffrée : le hub doit être joint en https:// (certificat vérifié).';
}

/** What the contract's `sync.*` methods do: enrollment, status, a round on demand, the review inbox. */
export class SyncService {
  /** Bookings at another place whose hub answer was lost (bookElsewhere): a retry reuses their id. */
  private readonly unansweredBookings = new Map<string, string>();

  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly engine: SyncEngine,
    private readonly credentials: CredentialStore,
    private readonly appVersion: string,
    private readonly agentName: (agentId: string) => string,
  ) {}

  status(): SyncStatusDto {
    return this.engine.status();
  }

  async now(): Promise<SyncStatusDto> {
    if (!this.engine.linked()) throw new AppError('CONFLICT', 'Ce poste n’est relié à aucun hub : un administrateur doit d’abord l’enrôler.');
    await this.engine.scheduler.runNow();
    return this.engine.status();
  }

  async enroll(actorId: string, input: EnrollInput): Promise<SyncStatusDto> {
    const url = new URL(input.hubUrl);
    const problem = insecureUrlProblem(url);
    if (problem) throw new AppError('INVALID_INPUT', problem, { hubUrl: problem });
    const site = getSite(this.db);
    if (!site) throw new AppError('NOT_SET_UP');
    let response;
    try {
      response = await this.engine.enrollClient(url.toString()).enroll({
        code: input.code,
        site: { id: site.id, name: site.name, kind: site.kind, communeCode: site.communeCode },
        appVersion: this.appVersion,
      });
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      if (error.kind === 'refused') throw new AppError('INVALID_INPUT', error.message, { code: error.message });
      throw new AppError('HUB_ERROR', error.message, { hubUrl: error.message });
    }
    const previous = hubLink(this.db);
    await this.credentials.write(response.credential);
    const link = {
      url: url.toString(),
      deskId: response.deskId,
      collectivityId: response.collectivity.id,
      collectivityName: response.collectivity.name,
      siteId: response.site.id,
      siteName: response.site.name,
      enrolledAt: this.clock().toISOString(),
    };
    writeChange(this.db, this.clock, () => ({
      result: null,
      audit: { actorId, action: 'sync.enrolled', targetType: 'hub', targetId: response.deskId, details: { url: link.url, collectivity: link.collectivityName } },
    }));
    this.engine.linkTo(link, previous?.collectivityId === link.collectivityId && previous.url === link.url);
    this.engine.start();
    await this.engine.scheduler.runNow();
    return this.engine.status();
  }

  bookElsewhere(
    actorId: string,
    input: { workshopId: string; beneficiaryId: string; printSlip: boolean },
    printSlip: (layout: ReceiptLayout) => PrintRequestDto,
  ): Promise<BookingElsewhereDto> {
    return bookElsewhere({ db: this.db, clock: this.clock, engine: this.engine, printSlip, unanswered: this.unansweredBookings }, actorId, input);
  }

  setProvisionalPolicy(actorId: string, input: ProvisionalPolicyInput): SyncStatusDto {
    const before = provisionalMaxDays(this.db);
    writeChange(this.db, this.clock, (tx) => {
      saveSyncSetting(tx, SYNC_KEYS.provisionalMaxDays, input.maxDays, this.clock());
      return {
        result: null,
        audit: { actorId, action: 'sync.provisional-policy', targetType: 'setting', targetId: SYNC_KEYS.provisionalMaxDays, details: { before, after: input.maxDays } },
      };
    });
    this.engine.announce();
    return this.engine.status();
  }

  reviews(includeSettled: boolean): ReviewItemDto[] {
    return listSyncReviews(this.db, includeSettled).map((row) => toReviewItemDto(this.db, row, this.agentName));
  }

  settle(actorId: string, input: { id: string; outcome: SettleInput['outcome']; comment: string }): ReviewItemDto {
    const row = findSyncReview(this.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Situation introuvable.');
    if (row.settledAt) throw new AppError('CONFLICT', 'Cette situation est déjà réglée.');
    writeChange(this.db, this.clock, () => {
      settleSyncReview(this.db, row.id, { outcome: input.outcome, comment: input.comment, settledAt: this.clock().toISOString(), settledBy: actorId });
      return {
        result: null,
        audit: {
          actorId,
          action: 'sync.review-settled',
          targetType: 'sync_review',
          targetId: row.id,
          details: { kind: row.kind, passNumber: row.passNumber, outcome: input.outcome, label: REVIEW_OUTCOME_LABELS[input.outcome] },
        },
      };
    });
    this.engine.announce();
    return toReviewItemDto(this.db, findSyncReview(this.db, row.id) ?? row, this.agentName);
  }

  /**
   * The door's fast path: the redemption just recorded goes to the hub at once, and its answer is awaited for at
   * most 2 s, so that a pass already used elsewhere is shown while the person is still there. Null when this
   * desk is not enrolled.
   */
  async checkRedemption(passNumber: string): Promise<DoorCheck | null> {
    const op = redemptionOutboxOp(this.db, passNumber);
    const client = await this.engine.client(DOOR_CHECK_MS);
    if (!op || !client) return null;
    // With the hub unreachable at the last try, the queue at the door does not wait 2 s per scan.
    if (!this.engine.reachable) return { status: 'waiting', message: 'Hub injoignable : le pass sera vérifié à la prochaine synchronisation.' };
    try {
      await this.engine.pushAll(client, op.opId);
    } catch (error) {
      this.engine.noteFailure(error);
      return { status: 'waiting', message: 'Hub injoignable : le pass sera vérifié à la prochaine synchronisation.' };
    } finally {
      this.engine.announce();
    }
    const after = redemptionOutboxOp(this.db, passNumber);
    const result = after?.result ? (JSON.parse(after.result) as OpResult) : null;
    if (result?.status === 'accepted') return { status: 'accepted', message: 'Pass confirmé par le hub.' };
    if (result?.status === 'conflict') return { status: 'conflict', message: result.message };
    return { status: 'waiting', message: result && 'message' in result ? result.message : 'Pass à confirmer à la prochaine synchronisation.' };
  }
}
