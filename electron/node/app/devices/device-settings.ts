/**
 * The desk's device settings, stored as JSON in the `setting` table and validated with the contract's schemas
 * when read: a value that no longer validates (an older or damaged one) falls back to the defaults, logged, and
 * never stops the app. Device settings are local to the desk: changing them is audited, never uploaded.
 */
import type { z } from 'zod';
import { PrinterSettings, ScannerSettings } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { WEDGE_DEFAULTS } from '../../../common/devices/keyboard-wedge';
import { writeChange } from '../../../../db/change';
import { getSetting, setSetting } from '../../../../db/repositories/setting.repo';
import type { GuichetDatabase } from '../../../../db/types';

export const SCANNER_SETTING_KEY = 'devices.scanner';
export const PRINTER_SETTING_KEY = 'devices.printer';

export const DEFAULT_SCANNER_SETTINGS: ScannerSettings = {
  hidPath: null,
  wedge: {
    enabled: true,
    maxGapMs: WEDGE_DEFAULTS.maxGapMs,
    maxAverageGapMs: WEDGE_DEFAULTS.maxAverageGapMs,
    minLength: WEDGE_DEFAULTS.minLength,
    prefix: [...WEDGE_DEFAULTS.prefix],
    suffix: [...WEDGE_DEFAULTS.suffix],
    aimPrefix: WEDGE_DEFAULTS.aimPrefix,
  },
};

export const NO_PRINTER: PrinterSettings = { kind: 'none' };

type Log = (line: string) => void;

/** The stored value parsed by `schema`; undefined when nothing is stored or it is unreadable (logged). */
function readSetting<T>(db: GuichetDatabase, key: string, schema: z.ZodType<T>, log: Log): T | undefined {
  let stored: unknown;
  try {
    stored = getSetting<unknown>(db, key);
  } catch {
    log(`Réglage ${key} illisible (JSON invalide) : valeurs par défaut utilisées.`);
    return undefined;
  }
  if (stored === undefined) return undefined;
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  log(`Réglage ${key} invalide : valeurs par défaut utilisées.`);
  return undefined;
}

export function readScannerSettings(db: GuichetDatabase, log: Log): ScannerSettings {
  return readSetting(db, SCANNER_SETTING_KEY, ScannerSettings, log) ?? DEFAULT_SCANNER_SETTINGS;
}

/** The stored printer, or `fallback` (no printer; the simulated one with `--fake-devices`). */
export function readPrinterSettings(db: GuichetDatabase, fallback: PrinterSettings, log: Log): PrinterSettings {
  return readSetting(db, PRINTER_SETTING_KEY, PrinterSettings, log) ?? fallback;
}

/**
 * Stores a device setting and its audit row in one transaction. No outbox row: device settings describe this
 * desk's hardware and mean nothing to the hub (contract: "never uploaded").
 */
export function writeDeviceSetting(
  db: GuichetDatabase,
  clock: Clock,
  change: { actorId: string; key: string; value: unknown; action: string; details: Record<string, unknown> },
): void {
  writeChange(db, clock, (tx) => {
    setSetting(tx, change.key, change.value, clock().toISOString());
    return {
      result: null,
      audit: { actorId: change.actorId, action: change.action, targetType: 'setting', targetId: change.key, details: change.details },
    };
  });
}
