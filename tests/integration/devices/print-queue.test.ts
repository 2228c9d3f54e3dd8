import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import { findPrintJob, insertPrintJob } from '../../../db/repositories/print-job.repo';
import type { GuichetDatabase } from '../../../db/types';
import { PRINTER_LABELS } from '../../../electron/common/devices/printer-status';
import { encodeReceipt } from '../../../electron/common/receipts/receipt-encoder';
import { printerProfile } from '../../../electron/common/receipts/printer-profiles';
import { block, receiptLayout, type ReceiptLayout } from '../../../electron/common/receipts/receipt-layout';
import { createNetworkPrinter } from '../../../electron/node/devices/network-printer.driver';
import { createPrintQueue, type PrintQueue, type PrintQueueSnapshot } from '../../../electron/node/devices/print-queue';
import { receiptText } from '../../support/escpos-decoder';
import { startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';
import { MIGRATIONS_FOLDER } from '../../support/test-backend';
import { openTestDatabase, type TestDatabase } from '../../support/test-database';

const profile = printerProfile('epson-tm-t20');
const encode = (layout: ReceiptLayout) => encodeReceipt(layout, profile);
const clock = () => new Date();

function receipt(number: number): ReceiptLayout {
  return receiptLayout([block.title(`Reçu n° ${number} — Médiathèque`), block.row('Œuvres', '12,50 €'), block.qr(`https://exemple.fr/v/${number}`), block.cut()]);
}

interface Env {
  test: TestDatabase;
  fake: FakeNetworkPrinter;
  queue: PrintQueue;
  snapshots: PrintQueueSnapshot[];
}

const opened: Array<{ queue: PrintQueue; db: GuichetDatabase; fake?: FakeNetworkPrinter }> = [];

function queueFor(db: GuichetDatabase, fake: FakeNetworkPrinter, snapshots: PrintQueueSnapshot[] = []): PrintQueue {
  const transport = createNetworkPrinter({ host: fake.host, port: fake.port, connectTimeoutMs: 500, statusTimeoutMs: 300, statusPollMs: 30, ackTimeoutMs: 2000 });
  const queue = createPrintQueue({ db, clock, transport, encode, onChange: (s) => snapshots.push(s), pollIntervalMs: 20, retryDelaysMs: [20, 40] });
  opened.push({ queue, db, fake });
  return queue;
}

async function setup(state: Parameters<typeof startFakeNetworkPrinter>[0] = 'online'): Promise<Env> {
  const test = openTestDatabase();
  const fake = await startFakeNetworkPrinter(state);
  const snapshots: PrintQueueSnapshot[] = [];
  const queue = queueFor(test.db, fake, snapshots);
  return { test, fake, queue, snapshots };
}

async function until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const printedTexts = (fake: FakeNetworkPrinter) => fake.jobs.map((job) => receiptText(job));
const titleOf = (text: string) => text.split('\n').find((line) => line.includes('Reçu n°'))?.trim();

afterEach(async () => {
  const all = opened.splice(0);
  for (const { queue } of all) await queue.stop();
  for (const { db, fake } of all) {
    if (db.sqlite.open) db.close();
    await fake?.close();
  }
});

describe('print queue (real SQLite file, fake network printer)', () => {
  it('stores the job and returns at once, then prints it once the printer acknowledges', async () => {
    const { test, fake, queue, snapshots } = await setup();
    queue.start();
    const job = queue.enqueue({ kind: 'distribution', layout: receipt(42) });
    expect(job.state).toBe('queued');
    expect(fake.connections).toBe(0); // nothing sent yet: enqueue did not wait for the printer
    expect(findPrintJob(test.db, job.id)?.state).toBe('queued'); // stored before it is sent

    await queue.whenIdle();
    const row = findPrintJob(test.db, job.id);
    expect(row).toMatchObject({ state: 'printed', attempts: 1, lastError: null, printerTarget: `tcp://127.0.0.1:${fake.port}` });
    expect(row?.printedAt).not.toBeNull();
    expect(printedTexts(fake).map(titleOf)).toEqual(['Reçu n° 42 — Médiathèque']);
    expect(receiptText(fake.jobs[0]!)).toMatch(/Œuvres +12,50 €/);
    expect(snapshots.map((s) => s.state)).toContain('printing');
    expect(queue.snapshot()).toMatchObject({ state: 'idle', waiting: 0, message: null });
  });

  it('pauses with a clear French message while paper is out, and resumes by itself when it is back', async () => {
    const { test, fake, queue, snapshots } = await setup('paper-out');
    queue.start();
    const job = queue.enqueue({ kind: 'distribution', layout: receipt(1) });
    await until(() => queue.snapshot().state === 'paused');
    expect(queue.snapshot().message).toBe(PRINTER_LABELS.paperOut);
    expect(findPrintJob(test.db, job.id)).toMatchObject({ state: 'paused', lastError: PRINTER_LABELS.paperOut, attempts: 0 });
    expect(fake.jobs).toEqual([]);

    fake.setState('cover-open');
    await until(() => queue.snapshot().message === PRINTER_LABELS.coverOpen);
    fake.setState('online');
    await queue.whenIdle();
    expect(findPrintJob(test.db, job.id)).toMatchObject({ state: 'printed', attempts: 1 });
    expect(fake.jobs).toHaveLength(1);
    expect(snapshots.some((s) => s.state === 'paused' && s.jobs[0]?.state === 'paused')).toBe(true);
  });

  it('keeps jobs through refused connections, retries, and prints each once, in order, when the printer is back', async () => {
    const { test, fake, queue } = await setup();
    await fake.refuseConnections(true);
    queue.start();
    const first = queue.enqueue({ kind: 'distribution', layout: receipt(1) });
    const second = queue.enqueue({ kind: 'distribution', layout: receipt(2) });
    await until(() => queue.snapshot().state === 'retrying');
    expect(queue.snapshot().message).toMatch(/refuse la connexion/);
    expect(findPrintJob(test.db, first.id)).toMatchObject({ state: 'queued', attempts: 0, lastError: expect.stringMatching(/refuse la connexion/) });
    expect(findPrintJob(test.db, second.id)?.state).toBe('queued');

    await new Promise((resolve) => setTimeout(resolve, 100)); // several retries
    await fake.refuseConnections(false);
    await queue.whenIdle();
    expect(printedTexts(fake).map(titleOf)).toEqual(['Reçu n° 1 — Médiathèque', 'Reçu n° 2 — Médiathèque']);
    expect(findPrintJob(test.db, first.id)?.state).toBe('printed');
    expect(findPrintJob(test.db, second.id)?.state).toBe('printed');
  });

  it('re-sends a job whose connection was reset mid-job after a status check: not lost, printed once', async () => {
    const { test, fake, queue } = await setup();
    fake.resetNextJobAfter(20);
    queue.start();
    const job = queue.enqueue({ kind: 'distribution', layout: receipt(7) });
    const next = queue.enqueue({ kind: 'distribution', layout: receipt(8) });
    await queue.whenIdle();
    expect(fake.aborted).toHaveLength(1);
    expect(printedTexts(fake).map(titleOf)).toEqual(['Reçu n° 7 — Médiathèque', 'Reçu n° 8 — Médiathèque']);
    expect(Buffer.from(fake.jobs[0]!).equals(Buffer.from(encode(receipt(7))))).toBe(true);
    expect(findPrintJob(test.db, job.id)).toMatchObject({ state: 'printed', attempts: 2 });
    expect(findPrintJob(test.db, next.id)).toMatchObject({ state: 'printed', attempts: 1 });
  });

  it('keeps waiting jobs across a restart of the app, and requeues one interrupted while printing', async () => {
    const { test, fake } = await setup();
    await fake.refuseConnections(true);
    const before = queueFor(test.db, fake);
    before.start();
    const waiting = before.enqueue({ kind: 'distribution', layout: receipt(3) });
    await until(() => before.snapshot().state === 'retrying');
    await before.stop();
    insertPrintJob(test.db, {
      id: '01900000-0000-7000-8000-000000000001',
      createdAt: '2026-01-01T00:00:00.000Z',
      kind: 'distribution',
      layout: JSON.stringify(receipt(2)),
      printerTarget: 'tcp://127.0.0.1:9100',
      state: 'printing',
      attempts: 1,
      lastError: null,
      printedAt: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    test.db.close();

    const db = openDatabase({ file: test.file, key: test.key, migrationsFolder: MIGRATIONS_FOLDER });
    await fake.refuseConnections(false);
    const after = queueFor(db, fake);
    after.start();
    await after.whenIdle();
    expect(printedTexts(fake).map(titleOf)).toEqual(['Reçu n° 2 — Médiathèque', 'Reçu n° 3 — Médiathèque']);
    expect(findPrintJob(db, waiting.id)?.state).toBe('printed');
    expect(findPrintJob(db, '01900000-0000-7000-8000-000000000001')).toMatchObject({ state: 'printed', attempts: 2 });
  });

  it('reprints the last receipt marked DUPLICATA', async () => {
    const { fake, queue } = await setup();
    expect(queue.reprintLast()).toBeNull();
    queue.start();
    queue.enqueue({ kind: 'distribution', layout: receipt(5) });
    await queue.whenIdle();
    const copy = queue.reprintLast();
    expect(copy).toMatchObject({ kind: 'distribution', state: 'queued' });
    await queue.whenIdle();
    expect(fake.jobs).toHaveLength(2);
    const text = receiptText(fake.jobs[1]!);
    expect(titleOf(text)).toBe('Reçu n° 5 — Médiathèque');
    expect(text).toMatch(/^ *DUPLICATA$/m);
    expect(receiptText(fake.jobs[0]!)).not.toContain('DUPLICATA');
  });

  it('cancels a paused job: it is never printed', async () => {
    const { test, fake, queue } = await setup('cover-open');
    queue.start();
    const job = queue.enqueue({ kind: 'distribution', layout: receipt(9) });
    await until(() => queue.snapshot().state === 'paused');
    expect(queue.cancel(job.id)).toBe(true);
    await queue.whenIdle();
    fake.setState('online');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(findPrintJob(test.db, job.id)?.state).toBe('cancelled');
    expect(fake.jobs).toEqual([]);
    expect(queue.cancel(job.id)).toBe(false);
  });

  it('marks a job whose stored layout cannot be read as failed, and goes on with the next', async () => {
    const { test, fake, queue } = await setup();
    const broken = queue.enqueue({ kind: 'distribution', layout: receipt(1) });
    test.db.sqlite.prepare('UPDATE print_job SET layout = ? WHERE id = ?').run('{"version":1,"blocks":[{"kind":"nope"}]}', broken.id);
    const good = queue.enqueue({ kind: 'distribution', layout: receipt(2) });
    queue.start();
    await queue.whenIdle();
    expect(findPrintJob(test.db, broken.id)).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/Reçu illisible/) });
    expect(findPrintJob(test.db, good.id)?.state).toBe('printed');
    expect(fake.jobs).toHaveLength(1);
    expect(queue.snapshot().jobs.map((j) => j.state)).toEqual(['failed', 'printed']);
  });

  it('warns when the roll is nearly finished, without stopping', async () => {
    const { fake, queue } = await setup('paper-near-end');
    queue.start();
    queue.enqueue({ kind: 'distribution', layout: receipt(1) });
    await queue.whenIdle();
    expect(fake.jobs).toHaveLength(1);
    expect(queue.snapshot()).toMatchObject({ state: 'idle', message: PRINTER_LABELS.paperNearEnd });
  });

  it('purges printed receipts older than the retention period at start (they carry names)', async () => {
    const { test, fake } = await setup();
    insertPrintJob(test.db, {
      id: '01900000-0000-7000-8000-000000000002',
      createdAt: '2020-01-01T00:00:00.000Z',
      kind: 'distribution',
      layout: JSON.stringify(receipt(1)),
      printerTarget: 'tcp://127.0.0.1:9100',
      state: 'printed',
      attempts: 1,
      lastError: null,
      printedAt: '2020-01-01T00:00:01.000Z',
      updatedAt: '2020-01-01T00:00:01.000Z',
    });
    queueFor(test.db, fake).start();
    expect(findPrintJob(test.db, '01900000-0000-7000-8000-000000000002')).toBeUndefined();
  });
});
