import { chromium, type Browser, type Page } from '@playwright/test';
import type { ServedApp } from '../support/serve-process';

/** Debian's Chromium with this machine's flags (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens the served app and logs in through the login screen. */
export async function loginPage(browser: Browser, app: ServedApp, login: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1366, height: 800 } });
  await page.goto(app.url);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Accueil' }).waitFor();
  return page;
}
