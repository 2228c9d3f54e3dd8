import { afterEach, describe, expect, it } from 'vitest';
import { PRINTER_LABELS, type PrinterStatus } from '../../../electron/common/devices/printer-status';
import { createNetworkPrinter } from '../../../electron/node/devices/network-printer.driver';
import { PrinterError } from '../../../electron/node/devices/printer-transport';
import { startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';

const JOB = Uint8Array.from(Buffer.from('\x1b@Re\xe7u n\xb0 42\n\x1dV\x00', 'latin1'));

let fake: FakeNetworkPrinter | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function printerFor(printer: FakeNetworkPrinter, overrides: Partial<Parameters<typeof createNetworkPrinter>[0]> = {}) {
  return createNetworkPrinter({ host: printer.host, port: printer.port, connectTimeoutMs: 1000, statusTimeoutMs: 300, statusPollMs: 50, ackTimeoutMs: 2000, ...overrides });
}

describe('network printer (TCP 9100) against the fake printer', () => {
  it('prints a job and returns once the printer acknowledged it', async () => {
    fake = await startFakeNetworkPrinter();
    await printerFor(fake).print(JOB);
    expect(fake.jobs.map((job) => Buffer.from(job).toString('latin1'))).toEqual([Buffer.from(JOB).toString('latin1')]);
  });

  it.each([
    ['online', { online: true, paperOut: false, coverOpen: false, paperNearEnd: false, error: false }],
    ['paper-near-end', { online: true, paperNearEnd: true, paperOut: false }],
    ['paper-out', { online: false, paperOut: true }],
    ['cover-open', { online: false, coverOpen: true }],
    ['offline', { online: false, coverOpen: false, paperOut: false, error: false }],
    ['cutter-error', { online: false, error: true }],
  ] as const)('reads the status with DLE EOT 1..4: %s', async (state, expected) => {
    fake = await startFakeNetworkPrinter(state);
    const status = await printerFor(fake).status();
    expect(status).toMatchObject(expected);
    expect(fake.statusQueries).toBe(4);
  });

  it('maps a refused connection to a French error, nothing sent', async () => {
    fake = await startFakeNetworkPrinter();
    await fake.refuseConnections(true);
    const error = await printerFor(fake).print(JOB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'CONNECTION_REFUSED', sent: 'none' });
    expect((error as Error).message).toMatch(/refuse la connexion.*allumée/);
    await expect(printerFor(fake).status()).rejects.toMatchObject({ code: 'CONNECTION_REFUSED' });
  });

  it('maps a connection reset mid-job to a French error saying bytes had left', async () => {
    fake = await startFakeNetworkPrinter();
    fake.resetNextJobAfter(5);
    const error = await printerFor(fake).print(JOB).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONNECTION_RESET' });
    expect((error as PrinterError).sent).not.toBe('none');
    expect((error as Error).message).toMatch(/coupée pendant l’envoi/);
    expect(fake.jobs).toEqual([]);
    expect(fake.aborted).toHaveLength(1);
  });

  it('waits on the same connection while paper runs out mid-job, and finishes once paper is back (no re-send)', async () => {
    fake = await startFakeNetworkPrinter();
    const printer = printerFor(fake);
    fake.setState('paper-out'); // the job reaches the buffer but cannot print
    const seen: PrinterStatus[] = [];
    const printing = printer.print(JOB, { onStatus: (status) => seen.push(status) });
    await fake.waitFor(() => fake!.statusQueries >= 4);
    expect(fake.jobs).toEqual([]);
    fake.setState('online');
    await printing;
    expect(fake.jobs).toHaveLength(1);
    expect(fake.connections).toBe(1);
    expect(seen[0]?.summary).toBe(PRINTER_LABELS.paperOut);
  });

  it('does not hang on a printer that answers no status: NO_STATUS for a status read, written for a job', async () => {
    fake = await startFakeNetworkPrinter();
    fake.setSilent(true);
    await expect(printerFor(fake).status()).rejects.toMatchObject({ code: 'NO_STATUS' });
    await printerFor(fake).print(JOB);
    expect(fake.jobs).toHaveLength(1);
  });
});
