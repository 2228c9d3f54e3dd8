import type Database from 'better-sqlite3-multiple-ciphers';
import { asc, eq, isNull } from 'drizzle-orm';
import { issuer, passLot } from '../schema';
import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

export type IssuerRow = typeof issuer.$inferSelect;
export type LotRow = typeof passLot.$inferSelect;

export interface CarnetRow {
  id: string;
  lotId: string;
  number: string;
  passCount: number;
  usedCount: number;
  revokedCount: number;
  receivedAt: string;
  beneficiaryId: string | null;
  distributedAt: string | null;
  distributedBy: string | null;
  revokedAt: string | null;
  revokedReason: 'perdu' | 'vole' | 'annule' | null;
}

/** A pass; its number is its key (the same on every desk). */
export interface PassRow {
  number: string;
  carnetId: string;
  position: number;
  redeemedAt: string | null;
  redeemedBy: string | null;
  revokedAt: string | null;
  revokedReason: 'perdu' | 'vole' | 'annule' | null;
}

export type StockEventKind = 'received' | 'distributed' | 'taken-back' | 'reassigned' | 'revoked' | 'redeemed';

export interface StockEventRow {
  id: string;
  carnetId: string;
  passNumber: string | null;
  kind: StockEventKind;
  at: string;
  actorId: string | null;
  beneficiaryId: string | null;
  details: string;
}

/** Per lot and per carnet situation, for the stock counts (state is derived by the caller). */
export interface CarnetCountRow {
  lotId: string;
  distributed: number;
  revoked: number;
  usedCount: number;
  revokedCount: number;
  passCount: number;
  carnets: number;
}

const CARNET_COLUMNS = `id, lot_id AS lotId, number, pass_count AS passCount, used_count AS usedCount, revoked_count AS revokedCount,
  received_at AS receivedAt, beneficiary_id AS beneficiaryId, distributed_at AS distributedAt, distributed_by AS distributedBy,
  revoked_at AS revokedAt, revoked_reason AS revokedReason`;
const PASS_COLUMNS = `number, carnet_id AS carnetId, position, redeemed_at AS redeemedAt, redeemed_by AS redeemedBy,
  revoked_at AS revokedAt, revoked_reason AS revokedReason`;
const EVENT_COLUMNS = `id, carnet_id AS carnetId, pass_number AS passNumber, kind, at, actor_id AS actorId, beneficiary_id AS beneficiaryId, details`;

function statementsFor(sqlite: Database.Database) {
  return {
    lotById: sqlite.prepare(
      `SELECT id, issuer_id AS issuerId, reference, face_value_cents AS faceValueCents, carnet_size AS carnetSize,
              valid_until AS validUntil, grace_until AS graceUntil, block_days AS blockDays, warning_days AS warningDays,
              target_criteria AS targetCriteria, perimeter, created_at AS createdAt, created_by AS createdBy
         FROM pass_lot WHERE id = ?`,
    ),
    issuerName: sqlite.prepare('SELECT name FROM issuer WHERE id = ?').pluck(),
    agentName: sqlite.prepare('SELECT display_name FROM agent WHERE id = ?').pluck(),
    personRef: sqlite.prepare('SELECT id, nom, prenom, language FROM beneficiary WHERE id = ?'),
    carnetById: sqlite.prepare(`SELECT ${CARNET_COLUMNS} FROM carnet WHERE id = ?`),
    carnetByNumber: sqlite.prepare(`SELECT ${CARNET_COLUMNS} FROM carnet WHERE number = ?`),
    carnetsOf: sqlite.prepare(`SELECT ${CARNET_COLUMNS} FROM carnet WHERE beneficiary_id = ? ORDER BY distributed_at DESC, number`),
    passByNumber: sqlite.prepare(`SELECT ${PASS_COLUMNS} FROM pass WHERE number = ?`),
    passesOf: sqlite.prepare(`SELECT ${PASS_COLUMNS} FROM pass WHERE carnet_id = ? ORDER BY position`),
    insertCarnet: sqlite.prepare(
      `INSERT INTO carnet (id, lot_id, number, pass_count, received_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    insertPass: sqlite.prepare(`INSERT INTO pass (number, carnet_id, position) VALUES (?, ?, ?)`),
    distribute: sqlite.prepare(
      `UPDATE carnet SET beneficiary_id = ?, distributed_at = ?, distributed_by = ? WHERE id = ? AND beneficiary_id IS NULL AND revoked_at IS NULL`,
    ),
    reassign: sqlite.prepare(`UPDATE carnet SET beneficiary_id = ? WHERE id = ?`),
    takeBack: sqlite.prepare(`UPDATE carnet SET beneficiary_id = NULL, distributed_at = NULL, distributed_by = NULL WHERE id = ?`),
    revokeCarnet: sqlite.prepare(`UPDATE carnet SET revoked_at = ?, revoked_reason = ? WHERE id = ?`),
    revokeOpenPasses: sqlite.prepare(
      `UPDATE pass SET revoked_at = ?, revoked_reason = ? WHERE carnet_id = ? AND redeemed_at IS NULL AND revoked_at IS NULL`,
    ),
    redeemPass: sqlite.prepare(`UPDATE pass SET redeemed_at = ?, redeemed_by = ? WHERE number = ? AND redeemed_at IS NULL AND revoked_at IS NULL`),
    countUsed: sqlite.prepare(`UPDATE carnet SET used_count = used_count + 1 WHERE id = ?`),
    revokePass: sqlite.prepare(`UPDATE pass SET revoked_at = ?, revoked_reason = ? WHERE number = ? AND redeemed_at IS NULL AND revoked_at IS NULL`),
    recountCarnet: sqlite.prepare(
      `UPDATE carnet SET
         used_count = (SELECT count(*) FROM pass WHERE carnet_id = carnet.id AND redeemed_at IS NOT NULL),
         revoked_count = (SELECT count(*) FROM pass WHERE carnet_id = carnet.id AND revoked_at IS NOT NULL)
       WHERE id = ?`,
    ),
    insertEvent: sqlite.prepare(
      `INSERT INTO stock_event (id, carnet_id, pass_number, kind, at, actor_id, beneficiary_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    eventsOfCarnet: sqlite.prepare(`SELECT ${EVENT_COLUMNS} FROM stock_event WHERE carnet_id = ? ORDER BY at DESC, id DESC`),
    eventsOfPerson: sqlite.prepare(`SELECT ${EVENT_COLUMNS} FROM stock_event WHERE beneficiary_id = ? ORDER BY at DESC, id DESC`),
    heldCarnets: sqlite.prepare(`SELECT count(*) FROM carnet WHERE beneficiary_id = ? AND revoked_at IS NULL`).pluck(),
    countsByCarnetShape: sqlite.prepare(
      `SELECT lot_id AS lotId, distributed_at IS NOT NULL AS distributed, revoked_at IS NOT NULL AS revoked,
              used_count AS usedCount, revoked_count AS revokedCount, pass_count AS passCount, count(*) AS carnets
         FROM carnet GROUP BY lot_id, distributed, revoked, used_count, revoked_count, pass_count`,
    ),
    moveCarnets: sqlite.prepare(`UPDATE carnet SET beneficiary_id = ? WHERE beneficiary_id = ?`),
    moveEvents: sqlite.prepare(`UPDATE stock_event SET beneficiary_id = ? WHERE beneficiary_id = ?`),
    carnetIdsOf: sqlite.prepare(`SELECT id FROM carnet WHERE beneficiary_id = ?`).pluck(),
  };
}

const prepared = perConnection(statementsFor);
const statements = (db: GuichetDatabase) => prepared(db.sqlite);

// Issuers and lots (rare writes: the query builder is fine).

export function listIssuers(db: GuichetDatabase): IssuerRow[] {
  return db.orm.select().from(issuer).orderBy(asc(issuer.name)).all();
}

export function findIssuer(db: GuichetDatabase, id: string): IssuerRow | undefined {
  return db.orm.select().from(issuer).where(eq(issuer.id, id)).get();
}

export function findIssuerByName(db: GuichetDatabase, name: string): IssuerRow | undefined {
  return db.orm.select().from(issuer).where(eq(issuer.name, name)).get();
}

export function insertIssuer(db: GuichetDatabase, row: IssuerRow): void {
  db.orm.insert(issuer).values(row).run();
}

export function updateIssuer(db: GuichetDatabase, row: IssuerRow): void {
  db.orm.update(issuer).set(row).where(eq(issuer.id, row.id)).run();
}

/** This desk's own lots (not the other sites' lots learnt from the hub). */
export function listLots(db: GuichetDatabase): LotRow[] {
  return db.orm.select().from(passLot).where(isNull(passLot.siteId)).orderBy(asc(passLot.validUntil), asc(passLot.reference)).all();
}

export function findLot(db: GuichetDatabase, id: string): LotRow | undefined {
  return statements(db).lotById.get(id) as LotRow | undefined;
}

// Names shown with carnets and their history (hot path of the lookup: prepared statements).

export function issuerName(db: GuichetDatabase, id: string): string | undefined {
  return statements(db).issuerName.get(id) as string | undefined;
}

export function agentName(db: GuichetDatabase, id: string): string | undefined {
  return statements(db).agentName.get(id) as string | undefined;
}

export interface PersonRef {
  id: string;
  nom: string;
  prenom: string;
  language: 'fr' | 'en' | 'ar' | 'es' | 'pt' | 'ro' | 'ta' | 'zh';
}

export function findPersonRef(db: GuichetDatabase, id: string): PersonRef | undefined {
  return statements(db).personRef.get(id) as PersonRef | undefined;
}

export function insertLot(db: GuichetDatabase, row: LotRow): void {
  db.orm.insert(passLot).values(row).run();
}

// Carnets and passes (hot paths: prepared statements).

export function findCarnet(db: GuichetDatabase, id: string): CarnetRow | undefined {
  return statements(db).carnetById.get(id) as CarnetRow | undefined;
}

export function findCarnetByNumber(db: GuichetDatabase, number: string): CarnetRow | undefined {
  return statements(db).carnetByNumber.get(number) as CarnetRow | undefined;
}

export function listCarnetsOf(db: GuichetDatabase, beneficiaryId: string): CarnetRow[] {
  return statements(db).carnetsOf.all(beneficiaryId) as CarnetRow[];
}

export function countHeldCarnets(db: GuichetDatabase, beneficiaryId: string): number {
  return statements(db).heldCarnets.get(beneficiaryId) as number;
}

export function findPassByNumber(db: GuichetDatabase, number: string): PassRow | undefined {
  return statements(db).passByNumber.get(number) as PassRow | undefined;
}

export function listPassesOf(db: GuichetDatabase, carnetId: string): PassRow[] {
  return statements(db).passesOf.all(carnetId) as PassRow[];
}

const KNOWN_CHUNK = 500;
const knownStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function knownAmong(db: GuichetDatabase, table: 'pass' | 'carnet', numbers: readonly string[]): string[] {
  let cache = knownStatements.get(db.sqlite);
  if (!cache) {
    cache = new Map();
    knownStatements.set(db.sqlite, cache);
  }
  const known: string[] = [];
  for (let offset = 0; offset < numbers.length; offset += KNOWN_CHUNK) {
    const chunk = numbers.slice(offset, offset + KNOWN_CHUNK);
    const key = `${table}:${chunk.length}`;
    let statement = cache.get(key);
    if (!statement) {
      statement = db.sqlite.prepare(`SELECT number FROM ${table} WHERE number IN (${chunk.map(() => '?').join(', ')})`).pluck();
      cache.set(key, statement);
    }
    known.push(...(statement.all(...chunk) as string[]));
  }
  return known;
}

/** Which of these pass numbers are already in the stock (a few queries for a whole delivery). */
export function knownPassNumbers(db: GuichetDatabase, numbers: readonly string[]): string[] {
  return knownAmong(db, 'pass', numbers);
}

/** Which of these carnet numbers are already in the stock. */
export function knownCarnetNumbers(db: GuichetDatabase, numbers: readonly string[]): string[] {
  return knownAmong(db, 'carnet', numbers);
}

/** Writes a carnet and its passes (stock coming in). */
export function insertCarnetWithPasses(
  db: GuichetDatabase,
  carnet: { id: string; lotId: string; number: string; receivedAt: string },
  passNumbers: readonly string[],
): void {
  const { insertCarnet, insertPass } = statements(db);
  insertCarnet.run(carnet.id, carnet.lotId, carnet.number, passNumbers.length, carnet.receivedAt);
  for (let index = 0; index < passNumbers.length; index += 1) insertPass.run(passNumbers[index], carnet.id, index + 1);
}

/** Hands an in-stock carnet to a person (`agentId` null: handed out at another site); false when it was no longer in stock. */
export function distributeCarnet(db: GuichetDatabase, carnetId: string, beneficiaryId: string, at: string, agentId: string | null): boolean {
  return statements(db).distribute.run(beneficiaryId, at, agentId, carnetId).changes === 1;
}

export function reassignCarnet(db: GuichetDatabase, carnetId: string, beneficiaryId: string): void {
  statements(db).reassign.run(beneficiaryId, carnetId);
}

export function returnCarnetToStock(db: GuichetDatabase, carnetId: string): void {
  statements(db).takeBack.run(carnetId);
}

/** Revokes the carnet and every pass of it neither used nor already revoked; returns how many passes. */
export function revokeCarnetRows(db: GuichetDatabase, carnetId: string, at: string, reason: string): number {
  const s = statements(db);
  s.revokeCarnet.run(at, reason, carnetId);
  const changed = s.revokeOpenPasses.run(at, reason, carnetId).changes;
  s.recountCarnet.run(carnetId);
  return changed;
}

/** Revokes one pass if it is neither used nor revoked; false otherwise. */
export function revokePassRow(db: GuichetDatabase, passNumber: string, carnetId: string, at: string, reason: string): boolean {
  const s = statements(db);
  const changed = s.revokePass.run(at, reason, passNumber).changes === 1;
  if (changed) s.recountCarnet.run(carnetId);
  return changed;
}

/** Marks a pass used, once: false when it was already used or revoked (the caller refuses the scan). */
export function redeemPassRow(db: GuichetDatabase, passNumber: string, carnetId: string, at: string, agentId: string): boolean {
  const s = statements(db);
  const changed = s.redeemPass.run(at, agentId, passNumber).changes === 1;
  if (changed) s.countUsed.run(carnetId);
  return changed;
}

export function insertStockEvent(db: GuichetDatabase, row: StockEventRow): void {
  statements(db).insertEvent.run(row.id, row.carnetId, row.passNumber, row.kind, row.at, row.actorId, row.beneficiaryId, row.details);
}

export function listEventsOfCarnet(db: GuichetDatabase, carnetId: string): StockEventRow[] {
  return statements(db).eventsOfCarnet.all(carnetId) as StockEventRow[];
}

export function listEventsOfPerson(db: GuichetDatabase, beneficiaryId: string): StockEventRow[] {
  return statements(db).eventsOfPerson.all(beneficiaryId) as StockEventRow[];
}

/** Carnets grouped by what decides their state; the caller derives the states with the lot's dates. */
export function carnetCountRows(db: GuichetDatabase): CarnetCountRow[] {
  return statements(db).countsByCarnetShape.all() as CarnetCountRow[];
}

/** Merge: the merged person's carnets and their history move to the survivor. Returns the carnet ids moved. */
export function moveCarnetsOf(db: GuichetDatabase, fromId: string, toId: string): string[] {
  const s = statements(db);
  const ids = s.carnetIdsOf.all(fromId) as string[];
  s.moveCarnets.run(toId, fromId);
  s.moveEvents.run(toId, fromId);
  return ids;
}

/**
 * Undoing a merge: the carnets moved then go back to the other record if the survivor still holds them, with
 * their history up to the merge.
 */
export function moveCarnetsBack(db: GuichetDatabase, carnetIds: readonly string[], survivorId: string, mergedId: string, mergedAt: string): void {
  const carnetUpdate = db.sqlite.prepare('UPDATE carnet SET beneficiary_id = ? WHERE id = ? AND beneficiary_id = ?');
  const eventUpdate = db.sqlite.prepare('UPDATE stock_event SET beneficiary_id = ? WHERE carnet_id = ? AND beneficiary_id = ? AND at <= ?');
  for (const id of carnetIds) {
    if (carnetUpdate.run(mergedId, id, survivorId).changes === 1) eventUpdate.run(mergedId, id, survivorId, mergedAt);
  }
}
