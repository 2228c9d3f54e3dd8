import { statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import { setSetting } from '../../../db/repositories/setting.repo';
import { PRINTER_LABELS } from '../../../electron/common/devices/printer-status';
import { readDeviceCapture, toHex } from '../../../electron/node/devices/device-capture';
import type { HostCapabilities } from '../../../electron/node/host/host-capabilities';
import type { BackendOptions } from '../../../electron/node/server/backend-types';
import { BOARDING_PASS_REPORTS } from '../../support/hid-fixtures';
import { makeTempDir, MIGRATIONS_FOLDER, startTestBackend, type TestBackend } from '../../support/test-backend';
import { CallError, inProcessClient, type TestClient } from '../../support/test-client';
import { eventsOf, until, waitForEvent } from '../../support/wait-for';

const SITE = { name: 'CCAS de Sète', kind: 'ccas' as const, communeCode: '34301' };
const ADMIN = { displayName: 'Nadia Benali', login: 'nadia', password: 'correct horse battery' };

const running: TestBackend[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  for (const env of running.splice(0)) await env.close();
});

async function start(options: Partial<BackendOptions> = {}, setUp = true): Promise<{ env: TestBackend; admin: TestClient }> {
  const env = await startTestBackend({ testHooks: true, ...options });
  running.push(env);
  const admin = inProcessClient(env.backend);
  clients.push(admin);
  if (setUp) await admin.call('setup.complete', { site: SITE, admin: ADMIN });
  await admin.call('auth.login', { login: ADMIN.login, password: ADMIN.password });
  return { env, admin };
}

async function rejection(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error;
    throw error;
  }
  throw new Error('the call was expected to fail');
}

/** A host (Electron main) whose printing is recorded and can be made to fail. */
function fakeHost(outcome: { ok: true } | { ok: false; reason: string } = { ok: true }) {
  const printed: Array<{ html: string; printerName?: string; widthMicrons?: number }> = [];
  let next = outcome;
  const host: HostCapabilities = {
    async printHtml(request) {
      printed.push(request);
      return next;
    },
    async listPrinters() {
      return [{ name: 'EPSON_TM_T20III', isDefault: true }, { name: 'Bureau', isDefault: false }];
    },
  };
  return { host, printed, fail: (reason: string) => (next = { ok: false, reason }), succeed: () => (next = { ok: true }) };
}

describe('devices in the backend', () => {
  it('reports the simulated scanner and printer in the status bar, with real states', async () => {
    const { admin } = await start({ fakeDevices: true });
    const state = await admin.call('devices.state', {});
    expect(state).toMatchObject({
      fake: true,
      scanner: { state: 'ok', label: 'Lecteur prêt : Lecteur simulé', hidScanners: [{ name: 'Lecteur simulé', vendorId: null }], settings: { hidPath: null, wedge: { enabled: true, maxGapMs: 50 } } },
      printer: { settings: { kind: 'network', host: '127.0.0.1', profile: 'epson-tm-t20' }, queue: { state: 'idle', waiting: 0, jobs: [] } },
      capture: { active: false, file: null },
    });
    const port = state.printer.settings.kind === 'network' ? state.printer.settings.port : 0;
    await until(async () => (await admin.call('status.get', {})).printer.label === `Imprimante prête : 127.0.0.1:${port}`);
    expect(await admin.call('status.get', {})).toMatchObject({ scanner: { state: 'ok', label: 'Lecteur prêt : Lecteur simulé' }, printer: { state: 'ok' } });

    await admin.call('test.printer.script', { state: 'cover-open' });
    expect(await waitForEvent(admin, 'status.changed', (status) => status.printer.state === 'error')).toMatchObject({
      printer: { label: PRINTER_LABELS.coverOpen },
    });
  });

  it('locks a session idle past its time instead of handing it a scan', async () => {
    const { env, admin } = await start({ fakeDevices: true });
    const scanner = inProcessClient(env.backend);
    clients.push(scanner);
    await admin.call('test.clock.advance', { ms: 7 * 60_000 });
    await scanner.call('test.scanner.emit', { code: 'CARNET-0042' });
    expect(await waitForEvent(admin, 'session.locked')).toEqual({ reason: 'idle' });
    expect(eventsOf(admin, 'scanner.scanned')).toEqual([]);
    expect(await admin.call('auth.session', {})).toMatchObject({ locked: true });
  });

  it('holds a receipt while the paper is out, says so in French, then prints it once', async () => {
    const { admin } = await start({ fakeDevices: true });
    await admin.call('test.printer.script', { state: 'paper-out' });
    const since = admin.events.length;
    const { job } = await admin.call('printer.print-test', {});
    const paused = await waitForEvent(admin, 'devices.changed', (devices) => devices.printer.queue.state === 'paused', { since });
    expect(paused.printer).toMatchObject({
      state: 'error',
      label: `${PRINTER_LABELS.paperOut} (1 ticket en attente)`,
      queue: { message: PRINTER_LABELS.paperOut, waiting: 1, jobs: [{ id: job.id, state: 'paused', label: 'Ticket de test', lastError: PRINTER_LABELS.paperOut }] },
    });
    expect(await waitForEvent(admin, 'status.changed', (status) => status.printer.label.startsWith(PRINTER_LABELS.paperOut), { since })).toBeTruthy();
    expect((await admin.call('test.printer.received', {})).jobs).toHaveLength(0);

    await admin.call('test.printer.script', { state: 'ready' });
    const printed = await waitForEvent(admin, 'devices.changed', (devices) => devices.printer.queue.jobs[0]?.state === 'printed', { since, timeoutMs: 8000 });
    expect(printed.printer.queue).toMatchObject({ state: 'idle', message: null, waiting: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await admin.call('test.printer.received', {})).jobs).toHaveLength(1);
  });

  it('hands a `system` receipt to the browser in browser mode, stored until the page says it printed', async () => {
    const { admin } = await start();
    expect(await admin.call('devices.printer-choices', {})).toMatchObject({ system: [], systemPrintingByHost: false });
    await admin.call('devices.set-printer', { kind: 'system', printerName: null });
    const request = await admin.call('printer.print-test', {});
    if (request.delivery !== 'browser-dialog') throw new Error('browser-dialog delivery expected');
    expect(request.html).toContain('<html lang="fr">');
    expect(request.html).toContain('Reçu n° 1 — Médiathèque');
    expect(request.job).toMatchObject({ state: 'queued', label: 'Ticket de test' });
    expect((await admin.call('devices.state', {})).printer).toMatchObject({
      state: 'ok',
      label: 'Impression par le navigateur (boîte de dialogue d’impression)',
      queue: { state: 'idle', waiting: 1 },
    });

    expect(await admin.call('printer.mark-printed', { id: request.job.id })).toMatchObject({ state: 'printed' });
    expect((await admin.call('devices.state', {})).printer.queue.waiting).toBe(0);
    const copy = await admin.call('printer.reprint-last', {});
    expect(copy).toMatchObject({ delivery: 'browser-dialog', job: { kind: 'test-page' } });
    expect(copy && 'html' in copy ? copy.html : '').toContain('DUPLICATA');
    expect(await admin.call('printer.cancel', { id: copy?.job.id ?? '' })).toMatchObject({ state: 'cancelled' });
  });

  it('prints through the Electron host when it has one, and fails a closed print dialog instead of reopening it', async () => {
    const fake = fakeHost();
    const { admin } = await start({ host: fake.host });
    expect(await admin.call('devices.printer-choices', {})).toMatchObject({
      systemPrintingByHost: true,
      system: [{ name: 'EPSON_TM_T20III', isDefault: true }, { name: 'Bureau', isDefault: false }],
    });
    await admin.call('devices.set-printer', { kind: 'system', printerName: 'EPSON_TM_T20III' });
    const silent = await admin.call('printer.print-test', {});
    expect(silent.delivery).toBe('queued');
    await until(async () => (await admin.call('devices.state', {})).printer.queue.jobs[0]?.state === 'printed');
    expect(fake.printed[0]).toMatchObject({ printerName: 'EPSON_TM_T20III', widthMicrons: 80_000, html: expect.stringContaining('Ticket de test') });

    await admin.call('devices.set-printer', { kind: 'system', printerName: null });
    fake.fail('Impression annulée.');
    const dialog = await admin.call('printer.print-test', {});
    await until(async () => (await admin.call('devices.state', {})).printer.queue.jobs.some((job) => job.id === dialog.job.id && job.state === 'failed'));
    expect(fake.printed).toHaveLength(2);
    expect(fake.printed[1]?.printerName).toBeUndefined();
    fake.succeed();
    expect(await admin.call('printer.retry', { id: dialog.job.id })).toMatchObject({ state: 'queued' });
    await until(async () => (await admin.call('devices.state', {})).printer.queue.jobs.some((job) => job.id === dialog.job.id && job.state === 'printed'));
    expect(fake.printed).toHaveLength(3);
  });

  it('keeps device settings across a restart, audited but never queued for upload', async () => {
    const dataDir = makeTempDir();
    const first = await start({ dataDir, fakeDevices: true });
    running.splice(running.indexOf(first.env), 1);
    const pendingBefore = (await first.admin.call('status.get', {})).upload.pending;
    const wedge = { enabled: true, maxGapMs: 150, maxAverageGapMs: 120, minLength: 8, prefix: ['F13'], suffix: [], aimPrefix: true };
    const scanner = await first.admin.call('devices.set-scanner', { hidPath: null, wedge });
    expect(scanner.scanner.settings.wedge).toEqual(wedge);
    await first.admin.call('devices.set-printer', { kind: 'usb-lp', profile: 'epson-tm-t88', devicePath: '/dev/usb/lp3' });
    expect(await waitForEvent(first.admin, 'devices.changed', (devices) => devices.printer.settings.kind === 'usb-lp')).toBeTruthy();
    expect((await first.admin.call('status.get', {})).upload.pending).toBe(pendingBefore);
    expect(await first.admin.call('audit.verify', {})).toMatchObject({ ok: true });
    first.admin.close();
    await first.env.backend.close();

    const second = await start({ dataDir, key: first.env.key, fakeDevices: true }, false);
    const state = await second.admin.call('devices.state', {});
    expect(state.scanner.settings).toEqual({ hidPath: null, wedge });
    expect(state.printer.settings).toEqual({ kind: 'usb-lp', profile: 'epson-tm-t88', devicePath: '/dev/usb/lp3' });
    await until(async () => (await second.admin.call('status.get', {})).printer.state === 'error');
    expect((await second.admin.call('status.get', {})).printer.label).toMatch(/Imprimante introuvable \(\/dev\/usb\/lp3\)/);
  });

  it('falls back to the defaults, logged, when a stored setting no longer validates', async () => {
    const dataDir = makeTempDir();
    const first = await start({ dataDir });
    running.splice(running.indexOf(first.env), 1);
    first.admin.close();
    await first.env.backend.close();
    const db = openDatabase({ file: path.join(dataDir, 'guichet.db'), key: first.env.key, migrationsFolder: MIGRATIONS_FOLDER });
    setSetting(db, 'devices.printer', { kind: 'network', profile: 'epson-tm-t20', host: 'pas une adresse !', port: 9100 }, new Date().toISOString());
    setSetting(db, 'devices.scanner', { hidPath: 42 }, new Date().toISOString());
    db.close();

    const lines: string[] = [];
    const second = await start({ dataDir, key: first.env.key, log: (line) => lines.push(line) }, false);
    const state = await second.admin.call('devices.state', {});
    expect(state.printer.settings).toEqual({ kind: 'none' });
    expect(state.scanner.settings.wedge.enabled).toBe(true);
    expect(lines).toContain('Réglage devices.printer invalide : valeurs par défaut utilisées.');
    expect(lines).toContain('Réglage devices.scanner invalide : valeurs par défaut utilisées.');
  });

  it('records raw HID reports and keystrokes to a capture file in the data folder', async () => {
    const { env, admin } = await start({ fakeDevices: true });
    const started = await admin.call('devices.capture-start', {});
    expect(started.capture.active).toBe(true);
    const file = started.capture.file ?? '';
    expect(path.dirname(file)).toBe(path.join(env.dataDir, 'captures'));
    expect(statSync(file).mode & 0o777).toBe(0o600);

    await admin.call('test.scanner.emit', { hidReports: BOARDING_PASS_REPORTS.map((report) => Buffer.from(report).toString('hex')) });
    await admin.call('devices.capture-keys', { keys: [{ code: 'Digit1', key: '&', shiftKey: false, timeStamp: 1200.5 }] });
    expect(await admin.call('devices.capture-stop', {})).toMatchObject({ capture: { active: false, file: null } });
    await admin.call('devices.capture-keys', { keys: [{ code: 'Digit2', key: 'é', shiftKey: false, timeStamp: 1300 }] }); // ignored: capture off

    const entries = await readDeviceCapture(file);
    expect(entries[0]).toMatchObject({ kind: 'header', version: 1 });
    expect(entries.filter((entry) => entry.kind === 'hid').map((entry) => (entry.kind === 'hid' ? entry.hex : ''))).toEqual(BOARDING_PASS_REPORTS.map(toHex));
    expect(entries.filter((entry) => entry.kind === 'key')).toEqual([
      expect.objectContaining({ type: 'keydown', code: 'Digit1', key: '&', shiftKey: false, timeStamp: 1200.5 }),
    ]);
    expect(eventsOf(admin, 'scanner.scanned')).toHaveLength(1);
  });

  it('answers the printer actions with typed French errors', async () => {
    const { admin } = await start({ fakeDevices: true });
    const unknown = await rejection(admin.call('printer.cancel', { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'Ticket introuvable dans la file d’impression.' });
    const { job } = await admin.call('printer.print-test', {});
    await until(async () => (await admin.call('devices.state', {})).printer.queue.jobs[0]?.state === 'printed');
    expect(await rejection(admin.call('printer.cancel', { id: job.id }))).toMatchObject({ code: 'CONFLICT', message: 'Ce ticket est déjà imprimé.' });
    expect(await rejection(admin.call('printer.mark-printed', { id: job.id }))).toMatchObject({ code: 'CONFLICT' });
    const copy = await admin.call('printer.reprint-last', {});
    expect(copy).toMatchObject({ delivery: 'queued', job: { kind: 'test-page' } });
    await until(async () => (await admin.call('test.printer.received', {})).jobs.length === 2);
    expect(Buffer.from((await admin.call('test.printer.received', {})).jobs[1] ?? '', 'hex').toString('latin1')).toContain('DUPLICATA');
  });

  it('refuses the simulated-device hooks without --fake-devices', async () => {
    const { admin } = await start();
    expect(await rejection(admin.call('test.scanner.emit', { code: '123456' }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/--fake-devices/) });
    expect((await rejection(admin.call('test.printer.received', {}))).code).toBe('NOT_FOUND');
  });

  it('stops the simulated printer and the scanner when the backend closes', async () => {
    const { env, admin } = await start({ fakeDevices: true });
    const settings = (await admin.call('devices.state', {})).printer.settings;
    if (settings.kind !== 'network') throw new Error('network printer expected');
    running.splice(running.indexOf(env), 1);
    await env.close();
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: settings.host, port: settings.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
