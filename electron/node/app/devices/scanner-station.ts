/** The HID POS scanner side of the devices: the driver, the scanner settings, and their state for the screens. */
import type { DeviceState, HidScannerDto, ScannerSettings } from '../../../common/contract';
import type { HidAssemblyError } from '../../../common/devices/hid-pos-report';
import {
  createHidScannerDriver,
  type HidApiLoader,
  type HidCaptureSink,
  type HidScan,
  type HidScannerDriver,
} from '../../devices/hid-scanner.driver';
import { scannerDeviceState } from './device-status';

export interface ScannerStationOptions {
  settings: ScannerSettings;
  /** node-hid by default; the simulated scanner's loader with `--fake-devices`. */
  loadApi?: HidApiLoader;
  onScan(scan: HidScan): void;
  onError(error: HidAssemblyError): void;
  onChange(): void;
}

export class ScannerStation {
  private settings: ScannerSettings;
  private readonly driver: HidScannerDriver;

  constructor(options: ScannerStationOptions) {
    this.settings = options.settings;
    this.driver = createHidScannerDriver({
      onScan: options.onScan,
      onError: options.onError,
      onState: () => options.onChange(),
      preferredPath: options.settings.hidPath,
      ...(options.loadApi ? { loadApi: options.loadApi } : {}),
    });
  }

  start(): Promise<void> {
    return this.driver.start();
  }

  stop(): Promise<void> {
    return this.driver.stop();
  }

  get currentSettings(): ScannerSettings {
    return this.settings;
  }

  /** New settings: the chosen HID scanner is opened at once when it is plugged. */
  async apply(settings: ScannerSettings): Promise<void> {
    this.settings = settings;
    await this.driver.select(settings.hidPath);
  }

  setCapture(sink: HidCaptureSink | null): void {
    this.driver.setCapture(sink);
  }

  deviceState(): DeviceState {
    return scannerDeviceState(this.driver.state(), this.settings);
  }

  hidScanners(): HidScannerDto[] {
    return this.driver.scanners().flatMap((info) =>
      info.path === undefined
        ? []
        : [{ path: info.path, name: info.product?.trim() || 'Lecteur HID', vendorId: info.vendorId ?? null, productId: info.productId ?? null }],
    );
  }
}
