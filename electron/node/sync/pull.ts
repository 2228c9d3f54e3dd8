import { newId } from '../../common/domain/ids';
import type { PullChange } from '../../common/sync/protocol';
import { setSetting } from '../../../db/repositories/setting.repo';
import { upsertHubPass, upsertHubReference } from '../../../db/repositories/sync.repo';
import { hasElsewhereReview, insertSyncReview } from '../../../db/repositories/sync-review.repo';
import type { GuichetDatabase } from '../../../db/types';
import { adoptHubBooking } from '../app/workshops/hub-booking-adoption';
import { applyHubAccount } from './hub-accounts';
import type { HubClient } from './hub-client';
import { SYNC_KEYS, pullCursor } from './sync-settings';

export const PULL_PAGE = 5000;

export interface PullContext {
  db: GuichetDatabase;
  client: HubClient;
  now: () => Date;
  /** This desk's site at the hub: a conflict this site won becomes a review item here too. */
  siteId: string;
  /** Test hook: called after a page is applied and before its transaction commits. */
  beforeCommit?: (cursor: number) => void;
  /** Local accounts the hub's administrator disabled, once their page has committed: their sessions end. */
  onAgentsDisabled?: (agentIds: string[]) => void;
  /** This desk's sessions that received bookings from other places, once their page has committed. */
  onSessionsBooked?: (sessionIds: string[]) => void;
}

/** What a page changed that others must hear of once it has committed. */
interface PageEffects {
  disabledAgents: string[];
  bookedSessions: Set<string>;
}

export interface PullOutcome {
  pages: number;
  changes: number;
  cursor: number;
  serverTime: string | null;
}

/**
 * Pulls the collectivity's changes after the saved cursor, page by page. Each page is applied with idempotent
 * upserts AND the new cursor in the same transaction: a crash between the two cannot skip or apply a change twice.
 */
export async function pullAll(context: PullContext, maxPages = Number.POSITIVE_INFINITY): Promise<PullOutcome> {
  const { db, client } = context;
  let cursor = pullCursor(db);
  let pages = 0;
  let changes = 0;
  let serverTime: string | null = null;
  while (pages < maxPages) {
    const page = await client.pull(cursor, PULL_PAGE);
    pages += 1;
    serverTime = page.serverTime;
    const next = page.cursor;
    const effects: PageEffects = { disabledAgents: [], bookedSessions: new Set() };
    db.sqlite
      .transaction(() => {
        for (const change of page.changes) applyChange(context, change, effects);
        const at = context.now().toISOString();
        setSetting(db, SYNC_KEYS.pullCursor, next, at);
        setSetting(db, SYNC_KEYS.lastPullAt, at, at);
        context.beforeCommit?.(next);
      })
      .immediate();
    if (effects.disabledAgents.length > 0) context.onAgentsDisabled?.(effects.disabledAgents);
    if (effects.bookedSessions.size > 0) context.onSessionsBooked?.([...effects.bookedSessions]);
    changes += page.changes.length;
    cursor = next;
    if (!page.more) break;
  }
  return { pages, changes, cursor, serverTime };
}

function applyChange(context: PullContext, change: PullChange, effects: PageEffects): void {
  const { db } = context;
  switch (change.entity) {
    case 'pass':
      upsertHubPass(db, change.data);
      return;
    case 'site':
    case 'issuer':
    case 'lot':
    case 'service':
    case 'workshop':
      upsertHubReference(db, change.entity, change.key, JSON.stringify(change.data), context.now().toISOString());
      return;
    case 'account': {
      upsertHubReference(db, 'account', change.key, JSON.stringify(change.data), context.now().toISOString());
      const disabled = applyHubAccount(db, change.data, context.now());
      if (disabled) effects.disabledAgents.push(disabled);
      return;
    }
    case 'booking': {
      const sessionId = adoptHubBooking(db, context.now, change.data);
      if (sessionId) effects.bookedSessions.add(sessionId);
      return;
    }
    case 'conflict': {
      const { winner, loser, passNumber } = change.data;
      // The losing site learnt it from its push's answer; the winning site learns it here.
      if (winner.siteId !== context.siteId || hasElsewhereReview(db, passNumber, loser.siteName, loser.at)) return;
      insertSyncReview(db, {
        id: newId(),
        kind: 'conflict-elsewhere',
        opId: null,
        operation: 'pass.redeemed',
        passNumber,
        message: `Le pass ${passNumber}, utilisé ici en premier, a été présenté à nouveau à ${loser.siteName}.`,
        otherSiteName: loser.siteName,
        otherSiteAt: loser.at,
        occurredAt: winner.at,
        detectedAt: change.data.detectedAt,
      });
      return;
    }
  }
}
