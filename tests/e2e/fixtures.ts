import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../electron/common/contract';
import { serve, type ServedApp } from '../support/serve-process';
import { webSocketClient } from '../support/test-client';
import { demoDataCopy } from './demo-template';

export type { ServedApp };

/** A served app the test also drives from the backend side (test hooks: fake scanner, fake printer). */
export interface DrivenApp extends ServedApp {
  /** Calls the backend over its own WebSocket connection, with the start-up token, as a second page would. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

export const test = base.extend<{ freshApp: ServedApp; demoApp: ServedApp; devicesApp: DrivenApp }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  freshApp: async ({}, use) => {
    const { app, stop } = await serve([]);
    await use(app);
    await stop();
  },
  // eslint-disable-next-line no-empty-pattern
  demoApp: async ({}, use) => {
    const { app, stop } = await serve(['--demo'], { dataDir: demoDataCopy() });
    await use(app);
    await stop();
  },
  // The demo site with the simulated scanner and printer, and a backend connection for the test hooks.
  // eslint-disable-next-line no-empty-pattern
  devicesApp: async ({}, use) => {
    const { app, stop } = await serve(['--demo'], { dataDir: demoDataCopy() });
    const address = new URL(app.url);
    const token = new URLSearchParams(address.hash.slice(1)).get('token');
    const client = await webSocketClient(Number(address.port), token);
    await use({ ...app, call: (method, input) => client.call(method, input) });
    client.close();
    await stop();
  },
});

export { expect };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's rules (all those it runs by default) on the page's document, violations only. axe-core runs in the page
 * itself, injected once per document: @axe-core/playwright opened a blank page for each analysis to merge the results
 * of frames (the app has none), ~2.5 s per check here against ~0.4 s.
 */
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((results) => results.violations.map((violation) => ({
  id: violation.id,
  impact: violation.impact,
  help: violation.help,
  targets: violation.nodes.map((node) => node.target.join(' ')),
})))`;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The serious or critical violations on the screen, once its CSS transitions and animations have finished. */
async function blockingViolations(page: Page): Promise<string[]> {
  // Strings: this file is type-checked without the DOM library.
  await page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))).then(() => null)');
  if (!(await page.evaluate(`typeof window.axe !== 'undefined'`))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(RUN_AXE)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}

/**
 * No serious or critical accessibility violation on the current screen. A notification that starts fading out while
 * axe reads the colours is half transparent: what is found is read once more after a short wait, and only what is
 * still there fails (a real violation does not go away by itself).
 */
export async function expectAccessible(page: Page): Promise<void> {
  let blocking = await blockingViolations(page);
  if (blocking.length > 0) {
    await page.waitForTimeout(500);
    blocking = await blockingViolations(page);
  }
  expect(blocking).toEqual([]);
}

/** Opens the app and logs in; the home screen's menu shows. */
export async function login(page: Page, app: ServedApp, login: string, password: string): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Accueil' })).toBeVisible();
}
