import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open-database';
import { addDays } from '../../electron/common/domain/passes/paris-date';
import { monthPeriod, presetPeriod } from '../../electron/common/domain/reports/periods';
import { closeDay } from '../../electron/node/app/reports/day-close';
import { computeDayFigures } from '../../electron/node/app/reports/day-figures';
import { exportFile } from '../../electron/node/app/reports/exports/export-file';
import { periodReport, type ReportLabels } from '../../electron/node/app/reports/period-report';
import { DATABASE_FILE_NAME } from '../../electron/node/server/create-backend';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/test-backend';
import { percentile, result, type BenchResult } from './bench-types';
import { BENCH_AGENT, fillThreeYears } from './reports-data';

const NO_FILTER = { lotId: null, issuerId: null, serviceId: null };
const LABELS: ReportLabels = { siteName: 'Bench', communeName: (code) => code, criteria: [], filterNames: { lot: null, issuer: null, service: null } };

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** The day close, the month and year reports and the year's activity export, on three years of a busy desk. */
export async function run(): Promise<BenchResult[]> {
  const dir = makeTempDir('guichet-bench-reports-');
  const now = new Date('2027-01-04T17:00:00.000Z');
  const clock = () => now;
  const db = openDatabase({ file: path.join(dir, DATABASE_FILE_NAME), key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER, clock });
  try {
    const fill = timed(() => fillThreeYears(db));
    const counts = db.sqlite.prepare('SELECT (SELECT count(*) FROM redemption) AS redemptions, (SELECT count(*) FROM beneficiary) AS people').get() as { redemptions: number; people: number };
    process.stdout.write(`  ${counts.redemptions} pass utilisés, ${counts.people} personnes, ${fill.value.sessions} séances en ${Math.round(fill.ms / 1000)} s\n`);

    // Day close figures: the busiest day, then 30 other days.
    const days = Array.from({ length: 30 }, (_, i) => addDays('2026-11-01', i));
    computeDayFigures(db, fill.value.busiestDay);
    const daySamples = [fill.value.busiestDay, ...days].map((day) => timed(() => computeDayFigures(db, day)).ms);
    // The close itself (figures, comparison of closed days, write, audit, outbox) once a year of days is closed.
    for (let day = '2025-11-01'; day < '2026-11-01'; day = addDays(day, 1)) closeDay(db, clock, BENCH_AGENT, day);
    for (const day of days.slice(0, 20)) closeDay(db, clock, BENCH_AGENT, day);
    const closeSamples = days.slice(20).map((day) => timed(() => closeDay(db, clock, BENCH_AGENT, day)).ms);

    const report = (period: { from: string; to: string }) =>
      periodReport(db, { period, filters: NO_FILTER, today: '2027-01-04', generatedAt: now.toISOString(), targetPercent: 50 }, LABELS);
    report(monthPeriod('2026-10'));
    const monthSamples = ['2026-01', '2026-03', '2026-05', '2026-07', '2026-09', '2026-11'].map((month) => timed(() => report(monthPeriod(month))).ms);
    const year = presetPeriod('annee', '2026-06-01');
    const yearRun = timed(() => report(year));
    const yearSamples = [yearRun.ms, timed(() => report(year)).ms];
    process.stdout.write(`  année 2026 : ${yearRun.value.passes.redeemed} pass utilisés, ${yearRun.value.activities.total} activités, ${yearRun.value.people.reached} personnes\n`);

    const exportStart = performance.now();
    const file = await exportFile(
      { kind: 'activities', format: 'xlsx', period: year, filters: NO_FILTER },
      { db, now, threshold: 5, communeName: (code) => code, lots: () => [], period: () => yearRun.value, regie: () => { throw new Error('unused'); }, day: () => { throw new Error('unused'); } },
    );
    const exportMs = performance.now() - exportStart;
    process.stdout.write(`  export XLSX des activités 2026 : ${Math.round(file.bytes / 1024)} Ko\n`);

    return [
      result(`Clôture : chiffres d’une journée (${counts.redemptions} pass utilisés sur 3 ans ; pire de 31 jours)`, 'ms', Math.max(...daySamples), 50),
      result('Clôture du jour complète après un an de journées closes (chiffres, contrôle des journées closes, écriture ; p90 de 10)', 'ms', percentile(closeSamples, 90), 200),
      result('Rapport mensuel (pire de 6 mois)', 'ms', Math.max(...monthSamples), 300),
      result('Rapport annuel (moyenne de 2)', 'ms', (yearSamples[0]! + yearSamples[1]!) / 2, 2000),
      result('Export XLSX d’une année d’activités', 'ms', exportMs, 5000),
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
