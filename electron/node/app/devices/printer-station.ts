/**
 * The receipt printer side of the devices: the persistent print queue, the transport the settings choose, and
 * the printer's health read between jobs (at start, when the printer changes, when the queue falls idle, then
 * every `probeIntervalMs`), so the status bar says "plus de papier" before the agent prints.
 */
import { AppError, type DeviceState, type PrinterSettings, type PrintJobDto, type PrintRequestDto } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { isReady, type PrinterStatus } from '../../../common/devices/printer-status';
import { parseReceiptLayout, type ReceiptLayout } from '../../../common/receipts/receipt-layout';
import { findPrintJob, type PrintJobRow } from '../../../../db/repositories/print-job.repo';
import type { GuichetDatabase } from '../../../../db/types';
import type { HostCapabilities } from '../../host/host-capabilities';
import { createPrintQueue, purgeOldPrintJobs, type PrintJobView, type PrintQueue, type PrintQueueSnapshot } from '../../devices/print-queue';
import { PrinterError } from '../../devices/printer-transport';
import { printerDeviceState, UNCHECKED, type PrinterHealth } from './device-status';
import { printJobLabel, toPrintJobDto } from './print-job-dto';
import { BROWSER_TARGET, printerMode, receiptHtml, type PrinterMode } from './printer-mode';

export interface PrinterStationOptions {
  db: GuichetDatabase;
  clock: Clock;
  settings: PrinterSettings;
  /** The Electron host (OS printing); null in browser mode. */
  host: HostCapabilities | null;
  onChange(): void;
  /** Default 30 s. */
  probeIntervalMs?: number;
}

const JOB_NOT_FOUND = 'Ticket introuvable dans la file d’impression.';

export class PrinterStation {
  private mode: PrinterMode;
  private readonly queue: PrintQueue;
  private health: PrinterHealth = UNCHECKED;
  private lastQueueStatus: PrinterStatus | null = null;
  private lastQueueState: PrintQueueSnapshot['state'] = 'stopped';
  /** Bumped when the printer changes: a status read for the previous printer is ignored. */
  private generation = 0;
  private probing: Promise<void> | null = null;
  private probeTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: PrinterStationOptions) {
    this.mode = printerMode(options.settings, options.host);
    this.queue = createPrintQueue({
      db: options.db,
      clock: options.clock,
      transport: this.mode.transport,
      encode: (layout) => this.mode.encode(layout),
      onChange: (snapshot) => this.queueChanged(snapshot),
    });
  }

  start(): void {
    if (this.mode.delivery === 'queue') this.queue.start();
    else purgeOldPrintJobs(this.options.db, this.options.clock());
    this.probeTimer = setInterval(() => void this.probe(), this.options.probeIntervalMs ?? 30_000);
    this.probeTimer.unref();
    void this.probe();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.probeTimer);
    await this.queue.stop();
    await this.probing;
  }

  get settings(): PrinterSettings {
    return this.mode.settings;
  }

  /** Where receipts go, e.g. `127.0.0.1:9100`. */
  get place(): string {
    return this.mode.place;
  }

  /** The ESC/POS code page in use, or null when receipts are HTML (any script prints). */
  get codePage(): PrinterMode['codePage'] {
    return this.mode.codePage;
  }

  get delivery(): PrinterMode['delivery'] {
    return this.mode.delivery;
  }

  snapshot(): PrintQueueSnapshot {
    return this.queue.snapshot();
  }

  deviceState(snapshot: PrintQueueSnapshot = this.queue.snapshot()): DeviceState {
    return printerDeviceState(this.mode, snapshot, this.health);
  }

  /** Another printer: later jobs go there (waiting ones included). */
  async apply(settings: PrinterSettings): Promise<void> {
    const next = printerMode(settings, this.options.host);
    this.generation += 1;
    this.health = UNCHECKED;
    if (next.delivery === 'queue') {
      this.mode = next;
      this.queue.setTransport(next.transport);
      this.queue.start();
    } else {
      // Stop first: a worker woken by the new transport must not try the stand-in and fail a job.
      await this.queue.stop();
      this.mode = next;
      this.queue.setTransport(next.transport);
    }
    this.options.onChange();
    void this.probe();
  }

  /** Reads the printer's state unless the queue is talking to it (its own reads are fresher). */
  probe(): Promise<void> {
    if (this.closed || this.mode.delivery !== 'queue' || !this.mode.readsStatus) return Promise.resolve();
    const snapshot = this.queue.snapshot();
    if (snapshot.state !== 'idle' || snapshot.waiting > 0) return Promise.resolve();
    if (this.probing) return this.probing;
    const generation = this.generation;
    this.probing = this.mode.transport
      .status()
      .then(
        (status): PrinterHealth => ({ status, error: null, checked: true }),
        (error: unknown): PrinterHealth =>
          error instanceof PrinterError && error.code === 'NO_STATUS'
            ? { status: null, error: null, checked: true }
            : { status: null, error: error instanceof Error ? error.message : 'L’imprimante ne répond pas.', checked: true },
      )
      .then((health) => {
        if (this.closed || generation !== this.generation) return;
        this.health = health;
        this.options.onChange();
      })
      .finally(() => {
        this.probing = null;
      });
    return this.probing;
  }

  private queueChanged(snapshot: PrintQueueSnapshot): void {
    if (snapshot.printerStatus && snapshot.printerStatus !== this.lastQueueStatus) {
      this.lastQueueStatus = snapshot.printerStatus;
      this.health = { status: snapshot.printerStatus, error: null, checked: true };
    }
    const becameIdle = snapshot.state === 'idle' && this.lastQueueState !== 'idle';
    this.lastQueueState = snapshot.state;
    if (this.closed) return;
    this.options.onChange();
    // After a wait ended by a cancel (paper out, printer unreachable), the last word on the printer may be old.
    const unhealthy = this.health.error !== null || (this.health.status !== null && !isReady(this.health.status));
    if (becameIdle && unhealthy) void this.probe();
  }

  /** Stores a receipt and says how it will print. Refused when no printer is configured. */
  request(kind: string, layout: ReceiptLayout): PrintRequestDto {
    if (this.mode.delivery === 'none') throw new AppError('NO_PRINTER');
    return this.answer(this.queue.enqueue({ kind, layout }), layout);
  }

  /** A copy of the last printed receipt, marked DUPLICATA; null when nothing was printed yet. */
  reprintLast(): PrintRequestDto | null {
    if (this.mode.delivery === 'none') throw new AppError('NO_PRINTER');
    const job = this.queue.reprintLast();
    if (!job) return null;
    const row = findPrintJob(this.options.db, job.id);
    return this.answer(job, parseReceiptLayout(JSON.parse(row?.layout ?? 'null')));
  }

  private answer(job: PrintJobView, layout: ReceiptLayout): PrintRequestDto {
    const dto = toPrintJobDto(job);
    if (this.mode.delivery === 'browser-dialog') return { delivery: 'browser-dialog', job: dto, html: receiptHtml(layout, printJobLabel(job.kind)) };
    return { delivery: 'queued', job: dto };
  }

  private existing(id: string): PrintJobRow {
    const row = findPrintJob(this.options.db, id);
    if (!row) throw new AppError('NOT_FOUND', JOB_NOT_FOUND);
    return row;
  }

  private current(id: string): PrintJobDto {
    return toPrintJobDto(this.existing(id));
  }

  cancel(id: string): PrintJobDto {
    const row = this.existing(id);
    if (row.state === 'cancelled' || this.queue.cancel(id)) return this.current(id);
    if (row.state === 'printing') throw new AppError('CONFLICT', 'Ce ticket est en cours d’impression : il ne peut plus être annulé.');
    throw new AppError('CONFLICT', 'Ce ticket est déjà imprimé.');
  }

  /** A failed job goes back in the queue; a waiting one is tried again now instead of after its delay. */
  retry(id: string): PrintJobDto {
    const row = this.existing(id);
    if (row.state === 'failed') {
      this.queue.retry(id);
    } else if (row.state === 'queued' || row.state === 'paused') {
      this.queue.wake();
    } else if (row.state !== 'printing') {
      throw new AppError('CONFLICT', 'Ce ticket n’est plus en attente : utilisez « Réimprimer » pour en avoir une copie.');
    }
    return this.current(id);
  }

  /** Browser mode: the page printed this job through the browser's print dialog. */
  markPrinted(id: string): PrintJobDto {
    const row = this.existing(id);
    if (row.printerTarget !== BROWSER_TARGET) {
      throw new AppError('CONFLICT', 'Ce ticket passe par l’imprimante de tickets, pas par le navigateur.');
    }
    if (row.state === 'printed') return this.current(id);
    if (!this.queue.markPrinted(id)) throw new AppError('CONFLICT', 'Ce ticket a été annulé.');
    return this.current(id);
  }
}
