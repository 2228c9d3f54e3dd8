/**
 * `npm run bench [-- --json FILE]`: every benchmark, each figure beside its target.
 * Exits with 1 when a figure misses its target.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench-types';
import { run as runBeneficiaries } from './beneficiaries.bench';
import { run as runCarrier } from './carrier.bench';
import { run as runDatabase } from './db.bench';
import { run as runDevices } from './devices.bench';
import { run as runPassword } from './password.bench';
import { run as runReports } from './reports.bench';
import { run as runScan } from './scan.bench';
import { run as runScanInRenderer } from './scan-renderer.bench';
import { run as runSearchInRenderer } from './search-renderer.bench';
import { run as runSignInInRenderer } from './signin-renderer.bench';
import { run as runCalendarInRenderer } from './calendar-renderer.bench';
import { run as runStock } from './stock.bench';
import { run as runSync } from './sync.bench';
import { run as runWorkshops } from './workshops.bench';

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['database', runDatabase],
  ['carrier', runCarrier],
  ['password', runPassword],
  ['devices', runDevices],
  ['scan', runScan],
  ['beneficiaries', runBeneficiaries],
  ['stock', runStock],
  ['workshops', runWorkshops],
  ['reports', runReports],
  ['sync', runSync],
  ['scan in the renderer', runScanInRenderer],
  ['search in the renderer', runSearchInRenderer],
  ['sign-in in the renderer', runSignInInRenderer],
  ['calendar in the renderer', runCalendarInRenderer],
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  const results: BenchResult[] = [];
  const broken: string[] = [];
  for (const [name, suite] of suites) {
    process.stdout.write(`… ${name}\n`);
    try {
      results.push(...(await suite()));
    } catch (error) {
      // One suite that cannot run does not hide the others' figures.
      broken.push(`${name} : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    console.log(`${r.ok ? 'OK   ' : 'RATÉ '} ${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}  (cible ${r.floor === undefined ? '' : `≥ ${r.floor} et `}< ${r.target} ${r.unit})`);
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  for (const line of broken) console.log(`ÉCHEC ${line}`);
  if (results.some((r) => !r.ok) || broken.length > 0) process.exitCode = 1;
}

void main();
