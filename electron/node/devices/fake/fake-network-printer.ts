/**
 * Simulated receipt printer, for tests and for `--fake-devices` (browser mode, demos): a printer on a real TCP
 * socket (127.0.0.1, port chosen by the system) that behaves like an Epson on port 9100 as far as Guichet uses it (research/devices.md §2.6, §3.4):
 * - `DLE EOT n` is answered at once with the status byte of the scripted state;
 * - a job ends with `GS r 1`: the job is "printed" (recorded in `jobs`) and acknowledged with one byte, at once
 *   when the printer is ready, or once it becomes ready again (paper out mid-job: the job waits in its buffer);
 * - bytes left when the client closes normally are printed too (write-only senders);
 * - scripted faults: refuse connections, reset the connection after N bytes of the next job, stay silent.
 * Limit: commands are found by scanning for their byte sequences, which is exact for the jobs Guichet sends
 * (no raster image data containing `10 04` or `1D 72 01`). It keeps every job in memory: a simulation only.
 */
import net from 'node:net';

export type FakePrinterState = 'online' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'offline' | 'cutter-error';

/** Replies to DLE EOT 1, 2, 3, 4 for each state. */
export const STATUS_REPLIES: Readonly<Record<FakePrinterState, readonly [number, number, number, number]>> = {
  online: [0x12, 0x12, 0x12, 0x12],
  'paper-near-end': [0x12, 0x12, 0x12, 0x1e],
  'paper-out': [0x1a, 0x32, 0x12, 0x72],
  'cover-open': [0x1a, 0x16, 0x12, 0x12],
  offline: [0x1a, 0x12, 0x12, 0x12],
  'cutter-error': [0x1a, 0x52, 0x1a, 0x12],
};

const READY: ReadonlySet<FakePrinterState> = new Set(['online', 'paper-near-end']);

export interface FakeNetworkPrinter {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Jobs printed, in order (job bytes without the trailing GS r 1). */
  readonly jobs: Buffer[];
  /** Partial jobs cut by a scripted reset. */
  readonly aborted: Buffer[];
  /** DLE EOT queries answered. */
  readonly statusQueries: number;
  readonly connections: number;
  setState(state: FakePrinterState): void;
  /** Stops listening (connections get ECONNREFUSED) or listens again on the same port. */
  refuseConnections(refuse: boolean): Promise<void>;
  /** The next connection that sends job data is reset (TCP RST) once it has sent `bytes` job bytes. */
  resetNextJobAfter(bytes: number): void;
  /** Ignore status queries and GS r (a mute printer). */
  setSilent(silent: boolean): void;
  /** Resolves when `predicate` holds (checked on every event), rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const DLE = 0x10;
const EOT = 0x04;
const GS = 0x1d;

export async function startFakeNetworkPrinter(initial: FakePrinterState = 'online'): Promise<FakeNetworkPrinter> {
  let state = initial;
  let silent = false;
  let resetAfter: number | null = null;
  let statusQueries = 0;
  let connections = 0;
  const jobs: Buffer[] = [];
  const aborted: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const listeners = new Set<() => void>();
  /** Jobs complete but held until the printer is ready again. */
  const held: Array<{ socket: net.Socket; job: Buffer }> = [];

  const changed = () => {
    for (const listener of [...listeners]) listener();
  };

  function print(socket: net.Socket, job: Buffer): void {
    jobs.push(job);
    if (!socket.destroyed) socket.write(Uint8Array.of(0x00)); // GS r 1 reply: paper adequate
    changed();
  }

  function releaseHeld(): void {
    if (!READY.has(state)) return;
    for (const entry of held.splice(0)) print(entry.socket, entry.job);
  }

  function handle(socket: net.Socket): void {
    connections += 1;
    sockets.add(socket);
    let job: number[] = [];
    let pending: number[] = [];
    let resetAt: number | null = null;

    socket.on('data', (chunk: Buffer) => {
      pending.push(...chunk);
      let i = 0;
      while (i < pending.length) {
        const b = pending[i] ?? 0;
        if (b === DLE || b === GS) {
          if (i + 3 > pending.length) break; // wait for the rest of a possible command
          const c = pending[i + 1];
          const n = pending[i + 2] ?? 0;
          if (b === DLE && c === EOT && n >= 1 && n <= 4) {
            statusQueries += 1;
            if (!silent) socket.write(Uint8Array.of(STATUS_REPLIES[state][n - 1] ?? 0x12));
            i += 3;
            changed();
            continue;
          }
          if (b === GS && c === 0x72 && n === 0x01) {
            const done = Buffer.from(job);
            job = [];
            i += 3;
            if (silent) jobs.push(done);
            else if (READY.has(state)) print(socket, done);
            else held.push({ socket, job: done });
            changed();
            continue;
          }
        }
        job.push(b);
        i += 1;
        if (resetAt === null && resetAfter !== null) {
          resetAt = resetAfter;
          resetAfter = null;
        }
        if (resetAt !== null && job.length >= resetAt) {
          aborted.push(Buffer.from(job));
          job = [];
          pending = [];
          socket.resetAndDestroy();
          changed();
          return;
        }
      }
      pending = pending.slice(i);
    });
    socket.on('end', () => {
      job.push(...pending);
      pending = [];
      if (job.length > 0) jobs.push(Buffer.from(job));
      job = [];
      socket.end();
      changed();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      changed();
    });
  }

  let server = net.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake printer: no port');
  const port = address.port;

  return {
    host: '127.0.0.1',
    port,
    jobs,
    aborted,
    get statusQueries() {
      return statusQueries;
    },
    get connections() {
      return connections;
    },

    setState(next) {
      state = next;
      releaseHeld();
      changed();
    },

    async refuseConnections(refuse) {
      if (refuse && server.listening) {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } else if (!refuse && !server.listening) {
        server = net.createServer(handle);
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', resolve);
        });
      }
    },

    resetNextJobAfter(bytes) {
      resetAfter = bytes;
    },

    setSilent(value) {
      silent = value;
    },

    waitFor(predicate, timeoutMs = 5000) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error('fake printer: condition not reached in time'));
        }, timeoutMs);
        listeners.add(check);
      });
    },

    async close() {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
