import type { HostCapabilities, PrintOutcome } from './host-capabilities';

/**
 * The protocol between Electron main and the backend's utility process, over `process.parentPort`.
 * Plain structured-clone objects; every message is checked with the guards below before use.
 *
 * main → utility: `init` once; `connect` with a MessagePort in `event.ports[0]` for every renderer load;
 * `host.response` answering a `host.request`; `shutdown` when the app quits.
 * utility → main: `ready` or `fatal` (once, after `init`); `host.request` when the backend needs the
 * operating system (printing).
 */

export type HostOperation = keyof Required<HostCapabilities>;
export type PrintHtmlRequest = Parameters<HostCapabilities['printHtml']>[0];
export type PrinterSummary = Awaited<ReturnType<HostCapabilities['listPrinters']>>[number];

export interface InitMessage {
  type: 'init';
  /** The 32-byte database key, as 64 hexadecimal characters. */
  keyHex: string;
  dataDir: string;
  migrationsFolder: string;
}
export interface ConnectMessage {
  type: 'connect';
}
export type HostResponseMessage =
  | { type: 'host.response'; id: number; ok: true; value: unknown }
  | { type: 'host.response'; id: number; ok: false; reason: string };
export interface ShutdownMessage {
  type: 'shutdown';
}
export type MainToUtilityMessage = InitMessage | ConnectMessage | HostResponseMessage | ShutdownMessage;

export interface ReadyMessage {
  type: 'ready';
}
export interface FatalMessage {
  type: 'fatal';
  /** DatabaseOpenError's code when there is one (WRONG_KEY, PLAINTEXT, NEWER_VERSION…), else START_FAILED. */
  code: string;
  /** French, shown to the person at the desk as is. */
  message: string;
}
export type HostRequestMessage =
  | { type: 'host.request'; id: number; op: 'printHtml'; args: [PrintHtmlRequest] }
  | { type: 'host.request'; id: number; op: 'listPrinters'; args: [] }
  | { type: 'host.request'; id: number; op: 'sealSecret' | 'unsealSecret'; args: [string] };
export type UtilityToMainMessage = ReadyMessage | FatalMessage | HostRequestMessage;

/** What a host operation resolves to, by name. */
export interface HostResults {
  printHtml: PrintOutcome;
  listPrinters: PrinterSummary[];
  sealSecret: string;
  unsealSecret: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isPrintHtmlRequest(value: unknown): value is PrintHtmlRequest {
  return (
    isRecord(value) &&
    isString(value.html) &&
    (value.printerName === undefined || isString(value.printerName)) &&
    (value.widthMicrons === undefined || (typeof value.widthMicrons === 'number' && value.widthMicrons > 0))
  );
}

export function isMainToUtilityMessage(value: unknown): value is MainToUtilityMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'init':
      return (
        isString(value.keyHex) &&
        /^[0-9a-f]{64}$/i.test(value.keyHex) &&
        isString(value.dataDir) &&
        isString(value.migrationsFolder)
      );
    case 'connect':
    case 'shutdown':
      return true;
    case 'host.response':
      return isId(value.id) && (value.ok === true ? 'value' in value : value.ok === false && isString(value.reason));
    default:
      return false;
  }
}

export function isUtilityToMainMessage(value: unknown): value is UtilityToMainMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'fatal':
      return isString(value.code) && isString(value.message);
    case 'host.request':
      if (!isId(value.id) || !Array.isArray(value.args)) return false;
      if (value.op === 'listPrinters') return value.args.length === 0;
      if (value.op === 'printHtml') return value.args.length === 1 && isPrintHtmlRequest(value.args[0]);
      if (value.op === 'sealSecret' || value.op === 'unsealSecret') return value.args.length === 1 && isString(value.args[0]);
      return false;
    default:
      return false;
  }
}

/** A refusal or crash at start, as a `fatal` message: the error's `code` when it has one, its French message. */
export function fatalFrom(error: unknown): FatalMessage {
  const code = isRecord(error) && isString(error.code) ? error.code : 'START_FAILED';
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'fatal', code, message };
}
