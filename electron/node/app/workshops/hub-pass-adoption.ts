import { newId } from '../../../common/domain/ids';
import { normalizeNumber } from '../../../common/domain/passes/number-rule';
import type { PullEntityData } from '../../../common/sync/protocol';
import {
  distributeCarnet,
  findCarnetByNumber,
  findIssuer,
  findIssuerByName,
  findLot,
  insertCarnetWithPasses,
  insertIssuer,
  insertLot,
  redeemPassRow,
  revokePassRow,
} from '../../../../db/repositories/stock.repo';
import { findHubPass, findHubReference, hubPassesOfCarnet } from '../../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../../db/types';

/**
 * A pass this desk does not hold but the hub knows: handed out at another site, or — when the hand-out has not
 * reached this desk yet — still in that site's stock (a pass of a known lot, accepted « à confirmer »).
 */
export interface HubHeldPass {
  number: string;
  carnetNumber: string;
  siteName: string;
  handedOut: boolean;
}

/** The hub's word on a number this desk's stock does not know: a pass of another site's carnet, or null. */
export function hubHeldPass(db: GuichetDatabase, code: string): HubHeldPass | null {
  const known = findHubPass(db, normalizeNumber(code));
  if (!known || (known.state !== 'distributed' && known.state !== 'in-stock') || !findHubReference<PullEntityData<'lot'>>(db, 'lot', known.lotId)) return null;
  const siteName = findHubReference<PullEntityData<'site'>>(db, 'site', known.siteId)?.name ?? 'un autre site';
  return { number: known.number, carnetNumber: known.carnetNumber, siteName, handedOut: known.state === 'distributed' };
}

/**
 * A carnet of another site, one of whose passes is presented here: this desk takes in its lot (and
 * issuer) and the carnet with its passes as the hub knows them, held by the person at the door, so that the
 * redemption is recorded like any other and reaches the hub, which decides. The lot keeps the other site's id: it is
 * not this desk's stock, and nothing of it is uploaded again (it is the hub's data). Returns false when the hub's data
 * is not enough (lot or issuer not pulled yet).
 */
export function adoptHubCarnet(tx: GuichetDatabase, held: HubHeldPass, personId: string, at: string): boolean {
  if (findCarnetByNumber(tx, held.carnetNumber)) return true;
  const passes = hubPassesOfCarnet(tx, held.carnetNumber);
  const first = passes[0];
  const lot = first ? findHubReference<PullEntityData<'lot'>>(tx, 'lot', first.lotId) : undefined;
  const issuer = lot ? findHubReference<PullEntityData<'issuer'>>(tx, 'issuer', lot.issuerId) : undefined;
  if (!first || !lot || !issuer) return false;
  const issuerId = ensureIssuer(tx, issuer, at);
  if (!findLot(tx, lot.id)) {
    const { siteId, issuerId: _hubIssuerId, ...fields } = lot;
    insertLot(tx, { ...fields, issuerId, targetCriteria: '[]', perimeter: null, createdAt: at, createdBy: null, siteId });
  }
  const carnetId = newId();
  insertCarnetWithPasses(tx, { id: carnetId, lotId: lot.id, number: held.carnetNumber, receivedAt: at }, passes.map((pass) => pass.number));
  // Handed out at the other site (no agent of this desk), held here by the person at the door; a hand-out not known
  // here yet is dated by this desk's sign-in.
  distributeCarnet(tx, carnetId, personId, held.handedOut ? first.at : at, null);
  // Passes the hub already knows as used or revoked elsewhere stay so here.
  for (const pass of passes) {
    if (pass.state === 'redeemed') redeemPassRow(tx, pass.number, carnetId, pass.at, 'hub');
    if (pass.state === 'revoked') revokePassRow(tx, pass.number, carnetId, pass.at, 'annule');
  }
  return true;
}

/** The local issuer for the hub's: the same id, or the one of the same name this desk already has. */
function ensureIssuer(tx: GuichetDatabase, issuer: PullEntityData<'issuer'>, at: string): string {
  const existing = findIssuer(tx, issuer.id) ?? findIssuerByName(tx, issuer.name);
  if (existing) return existing.id;
  insertIssuer(tx, {
    id: issuer.id,
    name: issuer.name,
    carnetPattern: issuer.carnetRule.pattern,
    carnetCheckDigit: issuer.carnetRule.checkDigit,
    passPattern: issuer.passRule.pattern,
    passCheckDigit: issuer.passRule.checkDigit,
    createdAt: at,
    updatedAt: at,
  });
  return issuer.id;
}
