import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open-database';
import { checkpointNow } from '../../db/checkpoint';
import type { PrintRequestDto } from '../../electron/common/contract';
import { demoPerson, seededRandom } from '../../electron/node/app/demo/demo-people';
import { StockService } from '../../electron/node/app/stock/stock.service';
import { DATABASE_FILE_NAME } from '../../electron/node/server/create-backend';
import type { Clock } from '../../electron/common/domain/clock';
import type { GuichetDatabase } from '../../db/types';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/test-backend';
import { deliveryCsv, luhnPass } from '../integration/stock/stock-env';
import { bulkInsert } from './beneficiaries.bench';
import { percentile, result, type BenchResult } from './bench-types';

const CARNETS = 20_000;
const CARNET_SIZE = 10;
const LOOKUPS = 5000;
const HAND_OUTS = 1000;
const WARMUP = 100;

/** The printer is not what is measured: the receipt is queued after the transaction. */
export const QUEUED_RECEIPT: PrintRequestDto = {
  delivery: 'queued',
  job: { id: '00000000-0000-7000-8000-000000000000', kind: 'distribution', label: 'Reçu', state: 'queued', attempts: 0, lastError: null, createdAt: '', printedAt: null },
};

/** A stock service with an APTIC-like issuer (carnets `C` + 6 digits, Luhn passes) and an empty lot of carnets of `carnetSize`. */
export function benchStock(db: GuichetDatabase, clock: Clock, carnetSize: number): { stock: StockService; lotId: string } {
  const stock = new StockService(db, clock, { printReceipt: () => QUEUED_RECEIPT, printsText: () => true });
  const issuer = stock.saveIssuer('bench', { name: 'APTIC', carnetRule: { pattern: 'C\\d{6}', checkDigit: 'none' }, passRule: { pattern: '\\d{10}', checkDigit: 'luhn' } });
  const lot = stock.createLot('bench', {
    issuerId: issuer.id,
    reference: 'BENCH',
    faceValueCents: 1000,
    carnetSize,
    validUntil: '2026-12-31',
    graceUntil: '2027-01-31',
    blockDays: 15,
    warningDays: 30,
    targetCriteria: [],
    perimeter: null,
  });
  return { stock, lotId: lot.id };
}

export async function run(): Promise<BenchResult[]> {
  const dir = makeTempDir('guichet-bench-stock-');
  const clock = () => new Date('2026-06-15T10:00:00.000Z');
  const db = openDatabase({ file: path.join(dir, DATABASE_FILE_NAME), key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER, clock });
  try {
    const random = seededRandom(7);
    const people = Array.from({ length: HAND_OUTS + WARMUP }, (_, i) => demoPerson(random, i, 2026));
    bulkInsert(db, people);
    const personIds = (db.sqlite.prepare('SELECT id FROM beneficiary').pluck().all() as string[]).slice(0, HAND_OUTS + WARMUP);

    const { stock, lotId } = benchStock(db, clock, CARNET_SIZE);
    const csv = deliveryCsv(CARNETS, CARNET_SIZE);
    const importStart = performance.now();
    const report = stock.importCsv('bench', { lotId, csv, mode: 'all-or-nothing', dryRun: false });
    const importMs = performance.now() - importStart;
    if (!report.imported || report.passes !== CARNETS * CARNET_SIZE) throw new Error(`bench import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
    checkpointNow(db);

    const lookups: number[] = [];
    for (let i = 0; i < LOOKUPS + WARMUP; i += 1) {
      const number = luhnPass(100_000_000 + Math.floor(random() * CARNETS * CARNET_SIZE));
      const start = performance.now();
      const found = stock.lookup(number);
      if (i >= WARMUP) lookups.push(performance.now() - start);
      if (found.kind !== 'pass') throw new Error(`bench lookup: ${number} not found`);
    }

    const handOuts: number[] = [];
    for (let i = 0; i < HAND_OUTS + WARMUP; i += 1) {
      const carnet = `C${String(1 + i).padStart(6, '0')}`;
      const start = performance.now();
      stock.handOut({ agentId: 'bench', role: 'referent' }, { beneficiaryId: personIds[i] as string, code: carnet, printReceipt: true });
      if (i >= WARMUP) handOuts.push(performance.now() - start);
      if (i % 10 === 0) checkpointNow(db);
    }

    return [
      result(`Import CSV de ${CARNETS} carnets (${CARNETS * CARNET_SIZE} pass)`, 'ms', importMs, 2000),
      result(`Consultation d’un pass par son numéro (${CARNETS * CARNET_SIZE} pass) p99`, 'ms', percentile(lookups, 99), 1),
      result(`Remise d’un carnet de ${CARNET_SIZE} pass (audit + outbox) p99`, 'ms', percentile(handOuts, 99), 15),
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
