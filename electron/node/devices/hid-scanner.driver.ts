/**
 * HID POS barcode scanners through node-hid (research/devices.md §1.1, §1.4).
 * - node-hid is loaded lazily (createRequire), once: without libusb/hidraw support the driver reports
 *   `unavailable` and the app carries on (keyboard-wedge scanners still work).
 * - Only interfaces on usage page 0x8C are opened, by path (never by VID/PID: Honeywell's 0xFF8C twin has the
 *   same ids).
 * - Hot-plug by polling the device list every ~2 s (the `usb` package's events are the alternative; polling needs
 *   no second native module): an unplugged scanner is closed, a plugged one opened, the chosen one preferred.
 * - Reports go through the pure assembler (hid-pos-report.ts); complete scans are emitted as
 *   `{ code, symbology, source: 'hid' }`; a capture sink can record every raw report for test fixtures.
 */
import { createRequire } from 'node:module';
import type * as NodeHid from 'node-hid';
import type { DeviceState } from '../../common/contract';
import type { Symbology } from '../../common/devices/aim-symbology';
import {
  createHidReportAssembler,
  DEFAULT_REASSEMBLY_TIMEOUT_MS,
  isPosScannerInterface,
  type HidAssemblyError,
  type HidInterfaceInfo,
  type HidReportAssembler,
} from '../../common/devices/hid-pos-report';

/** An open HID device, as much as the driver uses. */
export interface HidHandle {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  close(): unknown;
}

/** Enumeration and opening: node-hid in production, a fake in tests. */
export interface HidApi {
  devices(): Promise<HidInterfaceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

export type HidApiLoader = () => { api: HidApi | null; reason: string | null };

let loaded: ReturnType<HidApiLoader> | null = null;

/** node-hid behind HidApi, loaded on first use; `api` is null (with the reason) when it cannot load. */
export const loadNodeHidApi: HidApiLoader = () => {
  if (loaded) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const hid = require('node-hid') as typeof NodeHid; // type-only import above: nothing loads before this line
    const api: HidApi = {
      devices: () => hid.devicesAsync(),
      open: (path) => hid.HIDAsync.open(path),
    };
    loaded = { api, reason: null };
  } catch (error) {
    loaded = { api: null, reason: error instanceof Error ? error.message : String(error) };
  }
  return loaded;
};

export interface HidScan {
  code: string;
  symbology?: Symbology;
  aim?: string;
  source: 'hid';
}

export interface HidScannerState extends DeviceState {
  /** The scanner in use, when one is open. */
  device?: HidInterfaceInfo;
}

/** Receives every raw input report (support's capture mode). */
export interface HidCaptureSink {
  recordHidReport(device: HidInterfaceInfo, bytes: Uint8Array): void;
}

export interface HidScannerDriverOptions {
  onScan: (scan: HidScan) => void;
  onState?: (state: HidScannerState) => void;
  /** Scans dropped instead of guessed (lost continuation report…), with a French message. */
  onError?: (error: HidAssemblyError) => void;
  loadApi?: HidApiLoader;
  /** Monotonic milliseconds. Default performance.now(). */
  now?: () => number;
  pollIntervalMs?: number;
  reassemblyTimeoutMs?: number;
  /** The scanner chosen in settings (its path); without it, the first HID POS scanner found. */
  preferredPath?: string | null;
  capture?: HidCaptureSink | null;
}

export interface HidScannerDriver {
  /** Loads node-hid, opens a scanner if one is plugged, then watches for plug and unplug. */
  start(): Promise<void>;
  stop(): Promise<void>;
  state(): HidScannerState;
  /** HID POS scanners seen at the last poll (for the device settings). */
  scanners(): HidInterfaceInfo[];
  /** Chooses a scanner by path (null: any); reopens if needed. */
  select(path: string | null): Promise<void>;
  setCapture(sink: HidCaptureSink | null): void;
}

const LABELS = {
  unavailable: 'Lecteurs HID indisponibles sur ce poste (bibliothèque USB absente) ; les lecteurs en mode clavier fonctionnent.',
  absent: 'Aucun lecteur HID branché ; les lecteurs en mode clavier fonctionnent.',
  preferredAbsent: 'Le lecteur choisi n’est pas branché.',
  unreadable: 'Lecteurs HID illisibles : vérifiez les droits d’accès (règle udev).',
  stopped: 'Lecteurs HID arrêtés.',
  ready: (name: string) => `Lecteur prêt : ${name}`,
  cannotOpen: (name: string) => `Le lecteur ${name} ne s’ouvre pas : vérifiez les droits d’accès (règle udev).`,
} as const;

interface OpenScanner {
  info: HidInterfaceInfo;
  handle: HidHandle;
  assembler: HidReportAssembler;
  flushTimer?: NodeJS.Timeout;
}

function nameOf(info: HidInterfaceInfo): string {
  return info.product?.trim() || 'lecteur HID';
}

export function createHidScannerDriver(options: HidScannerDriverOptions): HidScannerDriver {
  const loadApi = options.loadApi ?? loadNodeHidApi;
  const now = options.now ?? (() => performance.now());
  const pollIntervalMs = options.pollIntervalMs ?? 2000;
  const timeoutMs = options.reassemblyTimeoutMs ?? DEFAULT_REASSEMBLY_TIMEOUT_MS;
  let preferredPath = options.preferredPath ?? null;
  let capture = options.capture ?? null;
  let api: HidApi | null = null;
  let current: OpenScanner | null = null;
  let known: HidInterfaceInfo[] = [];
  let pollTimer: NodeJS.Timeout | undefined;
  let running = false;
  let polling: Promise<void> | null = null;
  let state: HidScannerState = { state: 'absent', label: LABELS.absent };

  function setState(next: HidScannerState): void {
    if (next.state === state.state && next.label === state.label && next.device?.path === state.device?.path) return;
    state = next;
    options.onState?.(state);
  }

  async function close(scanner: OpenScanner): Promise<void> {
    if (current === scanner) current = null;
    clearTimeout(scanner.flushTimer);
    try {
      await scanner.handle.close();
    } catch {
      // Already gone (unplugged).
    }
  }

  function onReport(scanner: OpenScanner, data: Buffer): void {
    if (current !== scanner) return;
    const bytes = new Uint8Array(data);
    capture?.recordHidReport(scanner.info, bytes);
    const scan = scanner.assembler.push(bytes);
    clearTimeout(scanner.flushTimer);
    if (scanner.assembler.pending) {
      scanner.flushTimer = setTimeout(() => scanner.assembler.flush(now()), timeoutMs + 1);
    }
    if (!scan) return;
    const event: HidScan = { code: scan.code, source: 'hid' };
    if (scan.symbology) event.symbology = scan.symbology;
    if (scan.aim) event.aim = scan.aim;
    options.onScan(event);
  }

  async function open(hid: HidApi, info: HidInterfaceInfo & { path: string }): Promise<void> {
    let handle: HidHandle;
    try {
      handle = await hid.open(info.path);
    } catch {
      setState({ state: 'error', label: LABELS.cannotOpen(nameOf(info)), device: info });
      return;
    }
    if (!running) {
      await Promise.resolve(handle.close()).catch(() => undefined);
      return;
    }
    const assemblerOptions = { now, timeoutMs, ...(options.onError ? { onError: options.onError } : {}) };
    const scanner: OpenScanner = {
      info,
      handle,
      assembler: createHidReportAssembler(info.vendorId === undefined ? assemblerOptions : { ...assemblerOptions, vendorId: info.vendorId }),
    };
    current = scanner;
    handle.on('data', (data) => onReport(scanner, data));
    handle.on('error', () => {
      // Unplugged mid-read: close now, the next poll reopens it when it comes back.
      if (current !== scanner) return;
      void close(scanner).then(() => setState({ state: 'absent', label: LABELS.absent }));
    });
    setState({ state: 'ok', label: LABELS.ready(nameOf(info)), device: info });
  }

  async function poll(): Promise<void> {
    if (!api || !running) return;
    let devices: HidInterfaceInfo[];
    try {
      devices = await api.devices();
    } catch {
      setState({ state: 'error', label: LABELS.unreadable });
      return;
    }
    known = devices.filter((device) => isPosScannerInterface(device) && typeof device.path === 'string');
    const wanted = preferredPath ? known.find((device) => device.path === preferredPath) : known[0];
    if (current && (!wanted || current.info.path !== wanted.path)) await close(current);
    if (!current && wanted?.path && running) await open(api, { ...wanted, path: wanted.path });
    if (!current && !wanted) {
      setState({ state: 'absent', label: preferredPath && known.length > 0 ? LABELS.preferredAbsent : LABELS.absent });
    }
  }

  function pollOnce(): Promise<void> {
    polling ??= poll().finally(() => {
      polling = null;
    });
    return polling;
  }

  function schedule(): void {
    if (!running) return;
    pollTimer = setTimeout(() => {
      void pollOnce().finally(schedule);
    }, pollIntervalMs);
  }

  return {
    async start() {
      if (running) return;
      const loadedApi = loadApi();
      if (!loadedApi.api) {
        setState({ state: 'unavailable', label: LABELS.unavailable });
        return;
      }
      api = loadedApi.api;
      running = true;
      await pollOnce();
      schedule();
    },

    async stop() {
      running = false;
      clearTimeout(pollTimer);
      await polling;
      if (current) await close(current);
      setState({ state: 'absent', label: LABELS.stopped });
    },

    state: () => state,
    scanners: () => [...known],

    async select(path) {
      preferredPath = path;
      if (!running) return;
      await polling;
      await pollOnce();
    },

    setCapture(sink) {
      capture = sink;
    },
  };
}
