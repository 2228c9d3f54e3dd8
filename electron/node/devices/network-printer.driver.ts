/**
 * Network receipt printers on raw TCP port 9100 (research/devices.md §2.4, §2.6). One connection per job or
 * status read:
 * - status: `DLE EOT 1`, `2`, `3`, `4` one after the other, one reply byte each, decoded by printer-status.ts;
 * - print: the job, then `GS r 1`. GS r is processed in order, after the job's bytes, so its one-byte reply
 *   acknowledges the job. While waiting, status is read every `statusPollMs` (DLE EOT is real-time and is only
 *   sent after the whole job, never inside a command); a paper-out or cover-open reported mid-job keeps the
 *   connection and waits (up to `maxHoldMs`) so the printer finishes the job from its buffer once fixed.
 * Replies are told apart by their fixed bits: DLE EOT replies have bit 4 set, GS r replies have it clear.
 */
import net from 'node:net';
import { dleEot, decodeStatus, GS_R_1, isReady, isStatusByte, StatusByteError, type PrinterStatus } from '../../common/devices/printer-status';
import { PrinterError, toPrinterError, type PrintOptions, type PrinterTransport, type SentAmount } from './printer-transport';

export const DEFAULT_PRINTER_PORT = 9100;

export interface NetworkPrinterOptions {
  host: string;
  port?: number;
  connectTimeoutMs?: number;
  /** Longest wait for each status reply. */
  statusTimeoutMs?: number;
  /** Longest wait for the job's acknowledgement while the printer reports no problem. */
  ackTimeoutMs?: number;
  /** How often status is read while waiting for the acknowledgement. */
  statusPollMs?: number;
  /** Longest wait while the printer reports a problem mid-job (paper out, cover open) before giving up. */
  maxHoldMs?: number;
}

const DEFAULTS = { port: DEFAULT_PRINTER_PORT, connectTimeoutMs: 3000, statusTimeoutMs: 1500, ackTimeoutMs: 30_000, statusPollMs: 1000, maxHoldMs: 10 * 60_000 };

/** A connected socket whose incoming bytes are sorted into status replies and job acknowledgements. */
class PrinterConnection {
  private readonly statusBytes: number[] = [];
  private acknowledged = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const byte of chunk) {
        if (isStatusByte(byte)) this.statusBytes.push(byte);
        else if ((byte & 0x90) === 0) this.acknowledged = true;
      }
      this.notify();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(Object.assign(new Error('closed by printer'), { code: 'ECONNRESET' })));
  }

  static open(host: string, port: number, timeoutMs: number): Promise<PrinterConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(Object.assign(new Error('connect timeout'), { code: 'ETIMEDOUT' }));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new PrinterConnection(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Waits until `ready()` holds, the connection fails, or `timeoutMs` passes (then resolves false). */
  private async until(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      if (this.failure) throw this.failure;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return true;
  }

  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.socket.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }

  async readStatus(timeoutMs: number): Promise<PrinterStatus> {
    const replies: number[] = [];
    for (const n of [1, 2, 3, 4] as const) {
      await this.write(dleEot(n));
      if (!(await this.until(() => this.statusBytes.length > 0, timeoutMs))) {
        throw Object.assign(new Error(`no reply to DLE EOT ${n}`), { code: 'ETIMEDOUT', statusTimeout: true });
      }
      replies.push(this.statusBytes.shift() ?? 0);
    }
    const [printer = 0, offlineCause = 0, errorCause = 0, paper = 0] = replies;
    return decodeStatus({ printer, offlineCause, errorCause, paper });
  }

  waitForAck(timeoutMs: number): Promise<boolean> {
    return this.until(() => this.acknowledged, timeoutMs);
  }

  close(): void {
    this.socket.removeAllListeners('close');
    this.socket.end();
    this.socket.destroySoon();
  }
}

function isStatusTimeout(error: unknown): boolean {
  return Boolean((error as { statusTimeout?: boolean } | null)?.statusTimeout);
}

function describeFailure(error: unknown, target: string, sent: SentAmount): PrinterError {
  if (error instanceof StatusByteError) return new PrinterError('BAD_STATUS', `${error.message} (${target})`, sent, error);
  if (isStatusTimeout(error)) {
    return new PrinterError('NO_STATUS', `L’imprimante (${target}) ne donne pas son état : est-ce bien une imprimante ESC/POS ?`, sent, error);
  }
  return toPrinterError(error, target, sent);
}

/** A PrinterTransport for a receipt printer at `host:port` (port 9100 by default). */
export function createNetworkPrinter(options: NetworkPrinterOptions): PrinterTransport {
  const settings = { ...DEFAULTS, ...options };
  const target = `tcp://${settings.host}:${settings.port}`;

  async function status(): Promise<PrinterStatus> {
    let connection: PrinterConnection | null = null;
    try {
      connection = await PrinterConnection.open(settings.host, settings.port, settings.connectTimeoutMs);
      return await connection.readStatus(settings.statusTimeoutMs);
    } catch (error) {
      throw describeFailure(error, target, 'none');
    } finally {
      connection?.close();
    }
  }

  async function print(job: Uint8Array, printOptions: PrintOptions = {}): Promise<void> {
    let sent: SentAmount = 'none';
    let connection: PrinterConnection | null = null;
    try {
      connection = await PrinterConnection.open(settings.host, settings.port, settings.connectTimeoutMs);
      sent = 'partial';
      await connection.write(job);
      await connection.write(GS_R_1);
      sent = 'complete';
      let waited = 0;
      let held = 0;
      while (!(await connection.waitForAck(settings.statusPollMs))) {
        let current: PrinterStatus;
        try {
          current = await connection.readStatus(settings.statusTimeoutMs);
        } catch (error) {
          // A printer that answers neither GS r nor DLE EOT on a live connection: written is all we can know.
          if (isStatusTimeout(error)) return;
          throw error;
        }
        printOptions.onStatus?.(current);
        if (isReady(current)) waited += settings.statusPollMs;
        else held += settings.statusPollMs;
        if (waited >= settings.ackTimeoutMs || held >= settings.maxHoldMs) {
          throw new PrinterError('TIMEOUT', `L’imprimante (${target}) n’a pas confirmé l’impression.`, sent);
        }
      }
    } catch (error) {
      throw describeFailure(error, target, sent);
    } finally {
      connection?.close();
    }
  }

  return { target, status, print };
}
