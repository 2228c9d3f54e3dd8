import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../support/serve-process';

/** Where the global set-up leaves the seeded demo folder for the tests (workers inherit the environment). */
const TEMPLATE_ENV = 'GUICHET_E2E_DEMO_TEMPLATE';

/**
 * Seeds the demo site once per run (about 12 s on this machine) into a folder the tests copy: each test still gets
 * its own desk, as `serve --demo` leaves it, without seeding it again. Returns the clean-up.
 */
export async function prepareDemoTemplate(): Promise<() => void> {
  const template = mkdtempSync(path.join(tmpdir(), 'guichet-e2e-demo-'));
  const { stop } = await serve(['--demo'], { dataDir: template, keep: true });
  await stop();
  process.env[TEMPLATE_ENV] = template;
  return () => rmSync(template, { recursive: true, force: true });
}

/** A fresh copy of the seeded demo folder (its database, key and backups), for one test. */
export function demoDataCopy(): string {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('the demo template is made by the global set-up (tests/e2e/global-setup.ts)');
  const copy = mkdtempSync(path.join(tmpdir(), 'guichet-e2e-'));
  cpSync(template, copy, { recursive: true });
  return copy;
}
