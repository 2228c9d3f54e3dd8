import { normalizeNumber } from '../../../common/domain/passes/number-rule';
import { frenchDate, parisDate } from '../../../common/domain/passes/paris-date';
import type { WireSite } from '../../../common/sync/protocol';
import { getSite } from '../../../../db/repositories/site.repo';
import { findHubPass, findHubReference } from '../../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../../db/types';

export interface HubRefusal {
  reason: 'deja-utilise' | 'revoque';
  message: string;
}

/**
 * What the hub told this desk about a pass used or revoked elsewhere — or here, before this desk was restored from a
 * backup (reference data pulled): the door refuses it even though this desk's own records would let it through.
 * Null when the hub knows nothing against it.
 */
export function hubPassRefusal(db: GuichetDatabase, code: string): HubRefusal | null {
  const passNumber = normalizeNumber(code);
  const known = findHubPass(db, passNumber);
  if (!known || (known.state !== 'redeemed' && known.state !== 'revoked')) return null;
  // Our own site too: this desk's records lost it (restored from a backup) but the hub remembers.
  const site = known.siteId === getSite(db)?.id ? 'ce guichet' : (findHubReference<WireSite>(db, 'site', known.siteId)?.name ?? 'un autre site');
  const day = frenchDate(parisDate(new Date(known.at)));
  return known.state === 'redeemed'
    ? { reason: 'deja-utilise', message: `Pass ${passNumber} déjà utilisé à ${site} (connu du hub depuis le ${day}).` }
    : { reason: 'revoque', message: `Pass ${passNumber} révoqué par ${site} (connu du hub depuis le ${day}).` };
}
