/**
 * The persistent print queue: receipts are never lost and, as far as the printer lets us know, never printed
 * twice; asking for a receipt never waits for the printer.
 *
 * Life of a job (table print_job, IMMEDIATE transactions; local state, never uploaded):
 *   enqueue → `queued` (stored before anything is sent; enqueue returns at once, the worker runs later)
 *   worker: status check → printer not ready (paper out, cover open, error): `paused` with the French reason,
 *           status polled every `pollIntervalMs`, resumes by itself once the condition clears
 *         → `printing` (attempt counted) → bytes sent → printer acknowledges (GS r after the job, see
 *           network-printer.driver.ts) → `printed`; then the status is read again (paper near end warning)
 *         → connection refused / reset / timeout: back to `queued` with the reason, retried after a capped
 *           backoff, for ever, until printed or cancelled by the agent.
 *   A receipt whose layout cannot be encoded, or a job the transport reports as ABANDONED (a print dialog closed),
 *   is `failed` (kept, visible, can be retried or cancelled).
 *
 * Trade-off on interrupted sends. ESC/POS has no job id: after a connection drops mid-job, or the process stops
 * while a job is `printing`, nothing tells whether the printer printed none, part or all of it. We re-send the
 * whole job, but only after a fresh status check says the printer is ready (so a job interrupted by paper out or
 * an open cover waits for the fix instead of being pushed again into a stopped printer). The cost is that a
 * receipt interrupted after it had in fact been printed comes out a second time; the alternative — dropping it —
 * loses a receipt the person is entitled to, which is worse at a front desk. A job whose acknowledgement
 * arrived is never sent again. A paper-out reported while a job waits for its acknowledgement keeps the same
 * connection open, so the printer finishes the job from its own buffer once the roll is changed (no re-send).
 */
import type { Clock } from '../../common/domain/clock';
import { newId as defaultNewId, type IdFactory } from '../../common/domain/ids';
import { isReady, type PrinterStatus } from '../../common/devices/printer-status';
import { markAsDuplicate, parseReceiptLayout, type ReceiptLayout } from '../../common/receipts/receipt-layout';
import {
  cancelPrintJob,
  findPrintJob,
  insertPrintJob,
  lastPrintedJob,
  listPrintJobs,
  markPrintJobFailed,
  markPrintJobPrinted,
  markPrintJobPrinting,
  markPrintJobWaiting,
  nextPrintJob,
  purgeFinishedPrintJobs,
  requeueFailedPrintJob,
  requeueInterruptedPrintJobs,
  type PrintJobRow,
  type PrintJobState,
} from '../../../db/repositories/print-job.repo';
import type { GuichetDatabase } from '../../../db/types';
import { PrinterError, type PrinterTransport } from './printer-transport';

export interface PrintJobView {
  id: string;
  kind: string;
  state: PrintJobState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  printedAt: string | null;
  printerTarget: string;
}

export type PrintQueueState = 'idle' | 'printing' | 'paused' | 'retrying' | 'stopped';

export interface PrintQueueSnapshot {
  state: PrintQueueState;
  /** French, for the status bar: why the queue waits, or a warning (paper near end); null when all is well. */
  message: string | null;
  /** The last status read from the printer (null: never read, or the transport cannot read it). */
  printerStatus: PrinterStatus | null;
  target: string;
  /** Jobs not yet printed (queued, paused, printing). */
  waiting: number;
  /** Waiting and failed jobs oldest first, then the last printed or cancelled ones. */
  jobs: PrintJobView[];
}

export interface PrintQueueOptions {
  db: GuichetDatabase;
  clock: Clock;
  transport: PrinterTransport;
  /** Layout → printer bytes for the current printer (profile chosen by the caller). */
  encode: (layout: ReceiptLayout) => Uint8Array;
  onChange?: (snapshot: PrintQueueSnapshot) => void;
  newId?: IdFactory;
  /** Status polling while paused. Default 2 s. */
  pollIntervalMs?: number;
  /** Waits before successive retries after a connection problem; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Printed and cancelled jobs are deleted after this many days (receipts carry names). Default 7. */
  retentionDays?: number;
}

export interface PrintQueue {
  /** Requeues jobs interrupted by a stop, purges old finished jobs, starts printing. */
  start(): void;
  /**
   * Stops after the send in progress, waiting for it at most `timeoutMs` (default 5 s; a job held by a paper-out
   * can wait much longer). Waiting jobs stay stored; a job still `printing` is requeued at the next start.
   */
  stop(timeoutMs?: number): Promise<void>;
  /** Stores the job and returns at once; it prints in the background, in order. */
  enqueue(input: { kind: string; layout: ReceiptLayout }): PrintJobView;
  /** Cancels a job not being sent right now. */
  cancel(id: string): boolean;
  /** Puts a failed job back in the queue. */
  retry(id: string): boolean;
  /** Ends the current wait (status poll or retry backoff) at once: the agent fixed the printer and asks again. */
  wake(): void;
  /**
   * Records that a job waiting in the queue was printed elsewhere (the browser's print dialog, in browser mode,
   * where the worker is not started). Not for a job being sent. Returns whether it was marked.
   */
  markPrinted(id: string): boolean;
  /** Queues a copy of the last printed receipt, marked DUPLICATA; null when nothing was printed. */
  reprintLast(): PrintJobView | null;
  /** Sends the following jobs to another printer (settings changed). */
  setTransport(transport: PrinterTransport): void;
  snapshot(): PrintQueueSnapshot;
  /** Resolves once no job waits and nothing is being sent (tests, shutdown). */
  whenIdle(): Promise<void>;
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000] as const;
export const DEFAULT_RETENTION_DAYS = 7;
const INTERRUPTED_MESSAGE = 'Impression interrompue : le reçu sera renvoyé quand l’imprimante sera prête.';
const UNREADABLE_LAYOUT = 'Reçu illisible : il ne peut pas être imprimé. Annulez-le et refaites-le.';
const DAY_MS = 86_400_000;

/**
 * Deletes printed and cancelled jobs older than the retention (receipts carry names). The queue does it when it
 * starts; call it directly where no queue worker runs (browser printing). Returns how many were deleted.
 */
export function purgeOldPrintJobs(db: GuichetDatabase, now: Date, retentionDays = DEFAULT_RETENTION_DAYS): number {
  const before = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.sqlite.transaction(() => purgeFinishedPrintJobs(db, before)).immediate();
}

function toView(row: PrintJobRow): PrintJobView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    printedAt: row.printedAt,
    printerTarget: row.printerTarget,
  };
}

export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  const { db, clock } = options;
  const newId = options.newId ?? defaultNewId;
  const pollIntervalMs = options.pollIntervalMs ?? 2000;
  const retryDelays = options.retryDelaysMs && options.retryDelaysMs.length > 0 ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  let transport = options.transport;

  let state: PrintQueueState = 'stopped';
  let message: string | null = null;
  let printerStatus: PrinterStatus | null = null;
  let worker: Promise<void> | null = null;
  let failures = 0;
  let wakeSleep: (() => void) | null = null;
  let idleWaiters: Array<() => void> = [];

  const now = () => clock().toISOString();
  const immediate = <T>(work: () => T): T => db.sqlite.transaction(work).immediate();

  function snapshot(): PrintQueueSnapshot {
    const jobs = listPrintJobs(db).map(toView);
    const waiting = jobs.filter((job) => job.state === 'queued' || job.state === 'paused' || job.state === 'printing').length;
    return { state, message, printerStatus, target: transport.target, waiting, jobs };
  }

  function changed(): void {
    if (!options.onChange) return;
    try {
      options.onChange(snapshot());
    } catch (error) {
      console.error('print queue listener failed', error);
    }
  }

  function setState(next: PrintQueueState, nextMessage: string | null): void {
    if (next === state && nextMessage === message && next === 'paused') return; // each poll, unchanged
    state = next;
    message = nextMessage;
    changed();
  }

  /** Sleeps, unless woken by stop(), setTransport() or retry(). */
  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (wakeSleep === done) wakeSleep = null;
        resolve();
      }
      wakeSleep = done;
    });
  }

  function wake(): void {
    wakeSleep?.();
  }

  function settleIdle(): void {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function kick(): void {
    if (state === 'stopped' || worker) return;
    let crashed = false;
    worker = new Promise<void>((resolve) => setImmediate(resolve))
      .then(run)
      .catch((error: unknown) => {
        // A database error, not a printer one: try again later rather than spin.
        crashed = true;
        console.error('print queue worker stopped', error);
      })
      .finally(() => {
        worker = null;
        if (state === 'stopped') settleIdle();
        else if (crashed) setTimeout(kick, retryDelays[retryDelays.length - 1] ?? 30_000).unref();
        else if (nextPrintJob(db)) kick();
        else settleIdle();
      });
  }

  async function waitForRetry(job: PrintJobRow, error: PrinterError): Promise<void> {
    immediate(() => markPrintJobWaiting(db, job.id, 'queued', error.message, now()));
    const delay = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 1000;
    failures += 1;
    setState('retrying', error.message);
    await sleep(delay);
  }

  /** The printer's status before a send: ready (or unknowable) → true; otherwise the job waits, paused. */
  async function printerReadyFor(job: PrintJobRow): Promise<boolean> {
    let current: PrinterStatus | null;
    try {
      current = await transport.status();
    } catch (error) {
      const printerError = error instanceof PrinterError ? error : new PrinterError('IO_ERROR', String(error));
      if (printerError.code === 'NO_STATUS') return true; // reachable but mute: send, its acknowledgement decides
      await waitForRetry(job, printerError);
      return false;
    }
    printerStatus = current;
    if (current === null || isReady(current)) return true;
    immediate(() => markPrintJobWaiting(db, job.id, 'paused', current.summary, now()));
    setState('paused', current.summary);
    await sleep(pollIntervalMs);
    return false;
  }

  async function printOne(job: PrintJobRow): Promise<void> {
    if (!(await printerReadyFor(job))) return;

    let bytes: Uint8Array;
    try {
      bytes = options.encode(parseReceiptLayout(JSON.parse(job.layout)));
    } catch {
      immediate(() => markPrintJobFailed(db, job.id, UNREADABLE_LAYOUT, now()));
      changed();
      return;
    }

    const target = transport.target;
    if (!immediate(() => markPrintJobPrinting(db, job.id, target, now()))) return; // cancelled meanwhile
    setState('printing', null);
    try {
      await transport.print(bytes, {
        onStatus: (status) => {
          printerStatus = status;
          setState(isReady(status) ? 'printing' : 'paused', isReady(status) ? null : status.summary);
        },
      });
    } catch (error) {
      const printerError = error instanceof PrinterError ? error : new PrinterError('IO_ERROR', String(error), 'partial');
      if (printerError.code === 'ABANDONED') {
        immediate(() => markPrintJobFailed(db, job.id, printerError.message, now()));
        changed();
        return;
      }
      await waitForRetry(job, printerError);
      return;
    }
    immediate(() => markPrintJobPrinted(db, job.id, now()));
    failures = 0;
    await readStatusAfterJob();
    changed();
  }

  /** After a job: keeps the status fresh and warns about a roll near its end. Failures here change nothing. */
  async function readStatusAfterJob(): Promise<void> {
    try {
      printerStatus = await transport.status();
      message = printerStatus && printerStatus.paperNearEnd ? printerStatus.summary : null;
    } catch {
      message = null;
    }
  }

  async function run(): Promise<void> {
    while (state !== 'stopped') {
      const job = nextPrintJob(db);
      if (!job) break;
      await printOne(job);
    }
    if (state !== 'stopped') setState('idle', printerStatus?.paperNearEnd ? printerStatus.summary : null);
  }

  function enqueue(input: { kind: string; layout: ReceiptLayout }): PrintJobView {
    const at = now();
    const row: PrintJobRow = {
      id: newId(),
      createdAt: at,
      kind: input.kind,
      layout: JSON.stringify(parseReceiptLayout(input.layout)),
      printerTarget: transport.target,
      state: 'queued',
      attempts: 0,
      lastError: null,
      printedAt: null,
      updatedAt: at,
    };
    immediate(() => insertPrintJob(db, row));
    changed();
    kick();
    return toView(row);
  }

  return {
    start() {
      if (state !== 'stopped') return;
      const at = clock();
      immediate(() => {
        requeueInterruptedPrintJobs(db, INTERRUPTED_MESSAGE, at.toISOString());
        purgeFinishedPrintJobs(db, new Date(at.getTime() - retentionDays * DAY_MS).toISOString());
      });
      setState('idle', null);
      kick();
    },

    async stop(timeoutMs = 5000) {
      if (state === 'stopped' && !worker) return;
      state = 'stopped';
      wake();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([worker, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
      changed();
      settleIdle();
    },

    enqueue,

    cancel(id) {
      const cancelled = immediate(() => cancelPrintJob(db, id, now()));
      if (cancelled) {
        wake();
        changed();
      }
      return cancelled;
    },

    retry(id) {
      const requeued = immediate(() => requeueFailedPrintJob(db, id, now()));
      if (requeued) {
        changed();
        kick();
      }
      return requeued;
    },

    wake() {
      failures = 0;
      wake();
    },

    markPrinted(id) {
      const marked = immediate(() => {
        const row = findPrintJob(db, id);
        if (!row || (row.state !== 'queued' && row.state !== 'paused')) return false;
        markPrintJobPrinted(db, id, now());
        return true;
      });
      if (marked) changed();
      return marked;
    },

    reprintLast() {
      const last = lastPrintedJob(db);
      if (!last) return null;
      return enqueue({ kind: last.kind, layout: markAsDuplicate(parseReceiptLayout(JSON.parse(last.layout))) });
    },

    setTransport(next) {
      transport = next;
      failures = 0;
      printerStatus = null;
      wake();
      changed();
    },

    snapshot,

    whenIdle() {
      if (!worker && (state === 'stopped' || !nextPrintJob(db))) return Promise.resolve();
      const idle = new Promise<void>((resolve) => idleWaiters.push(resolve));
      kick();
      return idle;
    },
  };
}
