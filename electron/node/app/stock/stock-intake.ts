import { AppError, type ImportReportDto, type RangeReportDto } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newIds } from '../../../common/domain/ids';
import { parseStockCsv, type StockCarnet, type StockLineProblem } from '../../../common/domain/passes/stock-csv';
import { expandRange } from '../../../common/domain/passes/stock-range';
import { writeChange, type OutboxEntry } from '../../../../db/change';
import {
  insertCarnetWithPasses,
  knownCarnetNumbers,
  knownPassNumbers,
  type IssuerRow,
  type LotRow,
} from '../../../../db/repositories/stock.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { toIssuerDto } from './stock-dto';

export interface IntakeContext {
  db: GuichetDatabase;
  clock: Clock;
  actorId: string;
  lot: LotRow;
  issuer: IssuerRow;
}

/** Bad lines listed in a report (all are counted). */
const MAX_LISTED_PROBLEMS = 500;

/** Carnets per outbox row for a delivery (a row stays well under a megabyte). */
const OUTBOX_BATCH = 1000;

const countPasses = (carnets: StockCarnet[]) => carnets.reduce((sum, carnet) => sum + carnet.passes.length, 0);

/** Numbers already in the stock: one problem per line (or per carnet, for a typed range), by carnet. */
function knownNumberProblems(db: GuichetDatabase, carnets: readonly StockCarnet[]): Map<StockCarnet, StockLineProblem[]> {
  const knownCarnets = new Set(knownCarnetNumbers(db, carnets.map((carnet) => carnet.number)));
  const knownPasses = new Set(knownPassNumbers(db, carnets.flatMap((carnet) => carnet.passes)));
  const problems = new Map<StockCarnet, StockLineProblem[]>();
  if (knownCarnets.size === 0 && knownPasses.size === 0) return problems;
  for (const carnet of carnets) {
    const found: StockLineProblem[] = [];
    const firstLine = carnet.passLines?.[0] ?? 0;
    if (knownCarnets.has(carnet.number)) found.push({ line: firstLine, message: `Carnet ${carnet.number} déjà dans le stock.` });
    carnet.passes.forEach((number, index) => {
      if (knownPasses.has(number)) found.push({ line: carnet.passLines?.[index] ?? firstLine, message: `Pass ${number} déjà dans le stock.` });
    });
    if (found.length > 0) problems.set(carnet, found);
  }
  return problems;
}

/** Writes the carnets and their passes in one audited transaction, one outbox row per carnet. */
function receive(context: IntakeContext, carnets: StockCarnet[], source: 'csv' | 'range'): void {
  const { db, clock, actorId, lot } = context;
  writeChange(db, clock, (tx) => {
    const at = clock();
    const now = at.toISOString();
    const received: Array<[string, string, string[]]> = [];
    const passes = countPasses(carnets);
    const carnetIds = newIds(carnets.length, at.getTime());
    carnets.forEach((carnet, index) => {
      const carnetId = carnetIds[index] as string;
      insertCarnetWithPasses(tx, { id: carnetId, lotId: lot.id, number: carnet.number, receivedAt: now }, carnet.passes);
      received.push([carnetId, carnet.number, carnet.passes]);
    });
    // For the hub, the carnets by batches: [id, number, pass numbers] each.
    const outbox: OutboxEntry[] = [];
    for (let offset = 0; offset < received.length; offset += OUTBOX_BATCH) {
      const batch = received.slice(offset, offset + OUTBOX_BATCH);
      outbox.push({ entity: 'pass_lot', entityId: lot.id, operation: 'carnets.received', payload: { lotId: lot.id, carnets: batch } });
    }
    return {
      result: null,
      audit: { actorId, action: 'stock.received', targetType: 'pass_lot', targetId: lot.id, details: { source, carnets: carnets.length, passes } },
      outbox,
    };
  });
}

/**
 * An issuer's delivery file. All or nothing by default: any bad line (duplicate, number already known, number
 * breaking the issuer's rule, wrong column) and nothing goes in; with `good-lines`, the carnets whose lines are
 * all good go in and the report lists the others, line by line.
 */
export function importStockCsv(context: IntakeContext, input: { csv: string; mode: 'all-or-nothing' | 'good-lines'; dryRun: boolean }): ImportReportDto {
  const issuer = toIssuerDto(context.issuer);
  const parsed = parseStockCsv(input.csv, { carnetRule: issuer.carnetRule, passRule: issuer.passRule, carnetSize: context.lot.carnetSize });
  const problems = [...parsed.problems];
  const accepted: StockCarnet[] = [];
  const known = knownNumberProblems(context.db, parsed.goodCarnets);
  for (const carnet of parsed.goodCarnets) {
    const carnetProblems = known.get(carnet);
    if (carnetProblems) problems.push(...carnetProblems);
    else accepted.push(carnet);
  }
  problems.sort((a, b) => a.line - b.line);
  const goesIn = input.mode === 'good-lines' || problems.length === 0 ? accepted : [];
  const report = (imported: boolean): ImportReportDto => ({
    imported,
    carnets: goesIn.length,
    passes: countPasses(goesIn),
    dataLines: parsed.dataLines,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
  });
  if (input.dryRun || goesIn.length === 0) return report(false);
  receive(context, goesIn, 'csv');
  return report(true);
}

/** Consecutive carnets and passes from their first numbers (a carnet scanned on arrival is a range of one). */
export function addStockRange(context: IntakeContext, input: { firstCarnet: string; carnetCount: number; firstPass: string; dryRun: boolean }): RangeReportDto {
  const issuer = toIssuerDto(context.issuer);
  const range = expandRange({ ...input, carnetSize: context.lot.carnetSize, carnetRule: issuer.carnetRule, passRule: issuer.passRule });
  if (!range.ok) {
    const field = range.message.startsWith('Premier pass') ? 'firstPass' : range.message.startsWith('Nombre') ? 'carnetCount' : 'firstCarnet';
    throw new AppError('INVALID_INPUT', range.message, { [field]: range.message });
  }
  const known = [...knownNumberProblems(context.db, range.carnets).values()][0]?.[0];
  if (known) throw new AppError('CONFLICT', known.message);
  const first = range.carnets[0] as StockCarnet;
  const last = range.carnets[range.carnets.length - 1] as StockCarnet;
  const report: RangeReportDto = {
    imported: !input.dryRun,
    carnets: range.carnets.length,
    passes: countPasses(range.carnets),
    firstCarnet: first.number,
    lastCarnet: last.number,
    firstPass: first.passes[0] ?? '',
    lastPass: last.passes[last.passes.length - 1] ?? '',
  };
  if (!input.dryRun) receive(context, range.carnets, 'range');
  return report;
}
