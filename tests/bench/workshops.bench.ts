import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkpointNow } from '../../db/checkpoint';
import { openDatabase } from '../../db/open-database';
import { demoPerson, seededRandom } from '../../electron/node/app/demo/demo-people';
import { WorkshopsService } from '../../electron/node/app/workshops/workshops.service';
import { DATABASE_FILE_NAME } from '../../electron/node/server/create-backend';
import { deliveryCsv, luhnPass } from '../integration/stock/stock-env';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/test-backend';
import { bulkInsert } from './beneficiaries.bench';
import { percentile, result, type BenchResult } from './bench-types';
import { benchStock, QUEUED_RECEIPT } from './stock.bench';

const CARNETS = 20_000;
const CARNET_SIZE = 10;
const SIGN_INS = 1000;
const WARMUP = 100;
const PER_SESSION = 25;

/**
 * The backend's part of a sign-in at the door, on a desk with 200,000 passes: a scanned pass checked, redeemed
 * (pass, carnet count, redemption, the carnet's history), the person marked present, audit and outbox — one
 * IMMEDIATE transaction on the encrypted file, measured at the service as the dispatcher calls it.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = makeTempDir('guichet-bench-workshops-');
  const clock = () => new Date('2026-06-15T12:05:00.000Z');
  const db = openDatabase({ file: path.join(dir, DATABASE_FILE_NAME), key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER, clock });
  try {
    const random = seededRandom(11);
    const count = SIGN_INS + WARMUP;
    bulkInsert(db, Array.from({ length: count }, (_, i) => demoPerson(random, i, 2026)));
    const personIds = db.sqlite.prepare('SELECT id FROM beneficiary LIMIT ?').pluck().all(count) as string[];
    const { stock, lotId } = benchStock(db, clock, CARNET_SIZE);
    stock.importCsv('bench', { lotId, csv: deliveryCsv(CARNETS, CARNET_SIZE), mode: 'all-or-nothing', dryRun: false });
    const referent = { agentId: 'bench', role: 'referent' as const };
    personIds.forEach((beneficiaryId, i) => stock.handOut(referent, { beneficiaryId, code: `C${String(1 + i).padStart(6, '0')}`, printReceipt: false }));

    const workshops = new WorkshopsService(db, clock, { printReceipt: () => QUEUED_RECEIPT });
    const service = workshops.saveService('bench', { name: 'Atelier', themes: ['email'], level: null, defaultDurationMin: 90, passRequired: true, pricePasses: 1, archived: false });
    const sessionIds = Array.from({ length: Math.ceil(count / PER_SESSION) }, (_, i) => {
      const fields = { kind: 'collectif' as const, title: `Atelier ${i + 1}`, serviceId: service.id, themes: ['email'], level: null, date: '2026-06-15', startTime: '14:00', durationMin: 90, room: '', facilitatorId: null, capacity: PER_SESSION };
      return (workshops.create('bench', { fields, weeks: 1 })[0] as { id: string }).id;
    });
    checkpointNow(db);

    const samples: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const sessionId = sessionIds[Math.floor(i / PER_SESSION)] as string;
      // The first pass of carnet i + 1 (its holder is person i).
      const code = luhnPass(100_000_000 + i * CARNET_SIZE);
      const start = performance.now();
      const outcome = await workshops.signIn(referent, { sessionId, code, beneficiaryId: null, confirm: [], approval: null });
      if (i >= WARMUP) samples.push(performance.now() - start);
      if (outcome.outcome !== 'present') throw new Error(`bench sign-in refused: ${JSON.stringify(outcome)}`);
      if (i % 10 === 0) checkpointNow(db);
    }
    return [result(`Émargement : scan → pass utilisé et présence enregistrée (backend, ${CARNETS * CARNET_SIZE} pass) p99`, 'ms', percentile(samples, 99), 5)];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
