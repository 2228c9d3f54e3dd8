import { createRequire } from 'node:module';
import type { DeviceState } from '../../common/contract';

/** HID POS scanners (usage page 0x8C), as the scanner driver opens them. */
export const HID_POS_USAGE_PAGE = 0x8c;

interface NodeHidModule {
  devices(): Array<{ usagePage?: number; product?: string }>;
}

let cached: { module: NodeHidModule | null; reason: string | null } | null = null;

/** Loads node-hid once. Without libusb or hidraw access it fails: the app still runs, without HID scanners. */
export function loadNodeHid(): { module: NodeHidModule | null; reason: string | null } {
  if (cached) return cached;
  try {
    const require = createRequire(import.meta.url);
    cached = { module: require('node-hid') as NodeHidModule, reason: null };
  } catch (error) {
    cached = { module: null, reason: error instanceof Error ? error.message : String(error) };
  }
  return cached;
}

export function hidScannerState(load: typeof loadNodeHid = loadNodeHid): DeviceState {
  const { module } = load();
  if (!module) {
    return {
      state: 'unavailable',
      label: 'Lecteurs HID indisponibles sur ce poste (bibliothèque USB absente) ; les lecteurs en mode clavier fonctionnent.',
    };
  }
  try {
    const scanners = module.devices().filter((device) => device.usagePage === HID_POS_USAGE_PAGE);
    if (scanners.length === 0) {
      return { state: 'absent', label: 'Aucun lecteur HID branché ; les lecteurs en mode clavier fonctionnent.' };
    }
    return { state: 'ok', label: `Lecteur prêt : ${scanners[0]?.product ?? 'lecteur HID'}` };
  } catch {
    return { state: 'error', label: 'Lecteurs HID illisibles : vérifiez les droits d’accès (règle udev).' };
  }
}
