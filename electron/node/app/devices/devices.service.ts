/**
 * Scanners and receipt printer (issue 3), as the backend offers them: the HID POS scanner driver, the print
 * queue with the transport the settings choose, support's capture mode, and with `--fake-devices` a simulated
 * scanner and printer. Every change of state is reported through `onChange` (→ `devices.changed` and
 * `status.changed`), every scan through `onScan` (→ `scanner.scanned`).
 */
import path from 'node:path';
import {
  AppError,
  type CapturedKey,
  type DeviceState,
  type DevicesDto,
  type EventPayload,
  type PrinterChoicesDto,
  type PrinterSettings,
  type PrintJobDto,
  type PrintRequestDto,
  type ScannerSettings,
} from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import type { HidAssemblyError } from '../../../common/devices/hid-pos-report';
import { PRINTER_PROFILES } from '../../../common/receipts/printer-profiles';
import { fitToCodePage } from '../../../common/receipts/code-pages';
import { recordAudit } from '../../../../db/change';
import { getSite } from '../../../../db/repositories/site.repo';
import type { GuichetDatabase } from '../../../../db/types';
import type { HostCapabilities } from '../../host/host-capabilities';
import type { HidScan } from '../../devices/hid-scanner.driver';
import { listUsbLpPrinters } from '../../devices/usb-lp-printer.driver';
import { CaptureSession } from './capture-session';
import {
  NO_PRINTER,
  PRINTER_SETTING_KEY,
  readPrinterSettings,
  readScannerSettings,
  SCANNER_SETTING_KEY,
  writeDeviceSetting,
} from './device-settings';
import { SCRIPTED_PRINTER_STATES, type FakeDevices, type ScriptedPrinterState } from './fake-devices';
import { toPrinterQueueDto, type PrintJobKind } from './print-job-dto';
import { PrinterStation } from './printer-station';
import { ScannerStation } from './scanner-station';
import { simulatedReports, type SimulatedScanInput } from './simulated-scan';
import { testReceiptLayout } from './test-receipt';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';

export type ScannedEvent = EventPayload<'scanner.scanned'>;

export interface DevicesServiceOptions {
  db: GuichetDatabase;
  clock: Clock;
  /** Capture files go to `<dataDir>/captures/`. */
  dataDir: string;
  /** The Electron host (OS printing); null in browser mode. */
  host: HostCapabilities | null;
  /** The simulated devices (`--fake-devices`); null for real ones. */
  fake: FakeDevices | null;
  log(line: string): void;
  onScan(scan: ScannedEvent): void;
  /** A scan dropped because it could not be read whole (→ `scanner.failed`). */
  onScanFailed(failure: EventPayload<'scanner.failed'>): void;
  onChange(): void;
}

const NO_FAKE = 'Périphériques simulés absents : le serveur doit être démarré avec --fake-devices.';

export class DevicesService {
  private readonly scanner: ScannerStation;
  private readonly printer: PrinterStation;
  private readonly capture: CaptureSession;
  /** Scan errors raised while the test hook delivers reports (delivery is synchronous). */
  private deliveryErrors: HidAssemblyError[] | null = null;
  private closed = false;

  constructor(private readonly options: DevicesServiceOptions) {
    const { db, log, fake } = options;
    const changed = () => {
      if (!this.closed) options.onChange();
    };
    this.scanner = new ScannerStation({
      settings: readScannerSettings(db, log),
      ...(fake ? { loadApi: fake.scanner.loader } : {}),
      onScan: (scan) => this.scanned(scan),
      onError: (error) => this.scanFailed(error),
      onChange: changed,
    });
    this.printer = new PrinterStation({
      db,
      clock: options.clock,
      settings: readPrinterSettings(db, fake?.defaultPrinter ?? NO_PRINTER, log),
      host: options.host,
      onChange: changed,
    });
    this.capture = new CaptureSession(path.join(options.dataDir, 'captures'), options.clock);
  }

  /** Opens the scanner (when plugged) and starts the print queue. Device problems never stop the backend. */
  async start(): Promise<void> {
    try {
      await this.scanner.start();
    } catch (error) {
      this.options.log(`Lecteur HID : démarrage impossible (${error instanceof Error ? error.message : String(error)}).`);
    }
    this.printer.start();
    if (this.options.fake) {
      const { printer } = this.options.fake;
      this.options.log(`Périphériques simulés : lecteur HID « Lecteur simulé », imprimante réseau ${printer.host}:${printer.port}.`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.scanner.setCapture(null);
    await this.scanner.stop();
    await this.capture.stop();
    await this.printer.close();
    await this.options.fake?.close();
  }

  private scanned(scan: HidScan): void {
    if (scan.code.length === 0) return; // only padding or a line end: nothing was read
    const event: ScannedEvent = { code: scan.code, source: 'hid' };
    if (scan.symbology) event.symbology = scan.symbology;
    this.options.onScan(event);
  }

  private scanFailed(error: HidAssemblyError): void {
    this.deliveryErrors?.push(error);
    this.options.log(`Lecteur HID : lecture rejetée (${error.code}, ${error.reports} rapport(s)).`);
    // Through the test hook the caller gets the error as its answer; a real scanner's user gets the event.
    if (!this.deliveryErrors) this.options.onScanFailed({ message: error.message, source: 'hid' });
  }

  state(): DevicesDto {
    const snapshot = this.printer.snapshot();
    return {
      scanner: { ...this.scanner.deviceState(), settings: this.scanner.currentSettings, hidScanners: this.scanner.hidScanners() },
      printer: { ...this.printer.deviceState(snapshot), settings: this.printer.settings, queue: toPrinterQueueDto(snapshot, this.printer.delivery) },
      capture: { active: this.capture.active, file: this.capture.file },
      fake: this.options.fake !== null,
    };
  }

  /** The two device lines of the status bar. */
  status(): { scanner: DeviceState; printer: DeviceState } {
    return { scanner: this.scanner.deviceState(), printer: this.printer.deviceState() };
  }

  async printerChoices(): Promise<PrinterChoicesDto> {
    const [usbLp, system] = await Promise.all([listUsbLpPrinters(), this.options.host?.listPrinters() ?? Promise.resolve([])]);
    return {
      usbLp: usbLp.map((printer) => ({ devicePath: printer.path, name: printer.name ?? null })),
      system,
      systemPrintingByHost: this.options.host !== null,
    };
  }

  async setScanner(actorId: string, settings: ScannerSettings): Promise<DevicesDto> {
    writeDeviceSetting(this.options.db, this.options.clock, {
      actorId,
      key: SCANNER_SETTING_KEY,
      value: settings,
      action: 'devices.scanner-set',
      details: { hidScanner: settings.hidPath === null ? 'first-found' : 'chosen', wedge: settings.wedge.enabled },
    });
    await this.scanner.apply(settings);
    this.options.onChange();
    return this.state();
  }

  async setPrinter(actorId: string, settings: PrinterSettings): Promise<DevicesDto> {
    writeDeviceSetting(this.options.db, this.options.clock, {
      actorId,
      key: PRINTER_SETTING_KEY,
      value: settings,
      action: 'devices.printer-set',
      details: { kind: settings.kind, ...('profile' in settings ? { profile: settings.profile } : {}) },
    });
    await this.printer.apply(settings);
    return this.state();
  }

  startCapture(actorId: string): DevicesDto {
    if (!this.capture.active) {
      this.scanner.setCapture(this.capture.start());
      recordAudit(this.options.db, this.options.clock, { actorId, action: 'devices.capture-started', targetType: 'capture' });
      this.options.onChange();
    }
    return this.state();
  }

  async stopCapture(actorId: string): Promise<DevicesDto> {
    this.scanner.setCapture(null);
    const stopped = await this.capture.stop();
    if (stopped) {
      recordAudit(this.options.db, this.options.clock, {
        actorId,
        action: 'devices.capture-stopped',
        targetType: 'capture',
        details: { entries: stopped.entries },
      });
      this.options.onChange();
    }
    return this.state();
  }

  captureKeys(keys: readonly CapturedKey[]): null {
    this.capture.recordKeys(keys);
    return null;
  }

  printTest(): PrintRequestDto {
    const settings = this.printer.settings;
    const layout = testReceiptLayout({
      siteName: getSite(this.options.db)?.name ?? null,
      printedAt: this.options.clock(),
      printer: this.printer.place,
      ...('profile' in settings ? { profileLabel: PRINTER_PROFILES[settings.profile].label } : {}),
    });
    return this.printer.request('test-page', layout);
  }

  /**
   * Whether the printer in use prints `text` readably: a thermal printer has one code page, where letters it
   * lacks lose their accent (Romanian ș → s) but other scripts (Arabic, Tamil, Chinese) would come out as `?`.
   */
  printsText(text: string): boolean {
    const codePage = this.printer.codePage;
    if (codePage === null) return true;
    const marks = (value: string) => value.split('?').length;
    return marks(fitToCodePage(text, codePage)) === marks(text);
  }

  /** Queues a receipt of another feature (bilan summary, carnet hand-out…). */
  printReceipt(kind: PrintJobKind, layout: ReceiptLayout): PrintRequestDto {
    return this.printer.request(kind, layout);
  }

  reprintLast(): PrintRequestDto | null {
    return this.printer.reprintLast();
  }

  retry(id: string): PrintJobDto {
    return this.printer.retry(id);
  }

  cancel(id: string): PrintJobDto {
    return this.printer.cancel(id);
  }

  markPrinted(id: string): PrintJobDto {
    return this.printer.markPrinted(id);
  }

  // Test hooks (`--test-hooks`, with `--fake-devices`).

  private requireFake(): FakeDevices {
    if (!this.options.fake) throw new AppError('NOT_FOUND', NO_FAKE);
    return this.options.fake;
  }

  /** A scan on the simulated scanner: the reports go through the real driver; a rejected one is an error. */
  emitTestScan(input: SimulatedScanInput): null {
    const fake = this.requireFake();
    const reports = simulatedReports(input);
    const errors: HidAssemblyError[] = [];
    this.deliveryErrors = errors;
    try {
      if (!fake.scanner.deliver(reports)) {
        throw new AppError('NOT_FOUND', 'Le lecteur simulé n’est pas ouvert : vérifiez le lecteur choisi dans Périphériques.');
      }
    } finally {
      this.deliveryErrors = null;
    }
    const [first] = errors;
    if (first) throw new AppError('INVALID_INPUT', first.message);
    return null;
  }

  async scriptPrinter(state: ScriptedPrinterState): Promise<null> {
    this.requireFake().printer.setState(SCRIPTED_PRINTER_STATES[state]);
    await this.printer.probe();
    return null;
  }

  printedByFake(): { jobs: string[] } {
    return { jobs: this.requireFake().printer.jobs.map((job) => job.toString('hex')) };
  }
}

