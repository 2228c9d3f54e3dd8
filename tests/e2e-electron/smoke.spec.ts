import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { DesktopWindow } from '../../electron/common/contract/desktop-bridge';
import { PROJECT_ROOT } from '../support/paths';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let app: ElectronApplication;
let userData: string;

test.beforeAll(async () => {
  test.skip(!binary.exists, `aucun binaire Electron (${binary.path})`);
  userData = mkdtempSync(path.join(tmpdir(), 'guichet-electron-'));
  app = await electron.launch({
    // An explicit executable: Playwright would otherwise require('electron'), which may try to download it.
    executablePath: binary.path,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), 'out/main/index.js'],
    cwd: PROJECT_ROOT,
    // A throwaway profile and database key (honoured by unpackaged builds only), so no keyring is touched.
    env: { ...process.env, GUICHET_USER_DATA: userData, GUICHET_TEST_KEY_HEX: randomBytes(32).toString('hex') },
  });
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the desktop window opens on the first-run wizard or the login screen, isolated from Node', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle('Guichet');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Guichet');

  // The backend answered over the MessagePort: the app shows its first screen.
  await expect(page.getByLabel('Nom du lieu').or(page.getByRole('button', { name: 'Se connecter' }))).toBeVisible();

  const bridge = await page.evaluate(() => (globalThis as DesktopWindow).guichet);
  expect(bridge).toEqual({ desktop: true, version });
  expect(await page.evaluate(() => typeof require)).toBe('undefined');
  expect(await page.evaluate(() => typeof process)).toBe('undefined');
  expect(await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.org/'))).toBeNull();
});
