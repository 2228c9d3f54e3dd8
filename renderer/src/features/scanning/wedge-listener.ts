/**
 * Keyboard-wedge scanners in the page: every `keydown` (capture phase, on the window) goes through the pure
 * detector of electron/common/devices/keyboard-wedge.ts, and its decisions are carried out here.
 *
 * In a text field (text-like input, textarea) keys are let through at once, so a person's typing reaches the
 * field without delay:
 * - `buffer`: the key goes on; on the first key of a burst the field's value and selection are noted;
 * - `pass-through`: the key goes on; the burst's keys were a person's and are already in the field;
 * - `scan`: the field is put back as it was noted (value, caret, an `input` event React sees), the terminator
 *   (Enter, Tab) is cancelled and the code is handed to `onScan`.
 * Elsewhere (a button, a link, the page), where a key acts instead of typing, keys are held until the detector
 * knows who typed them:
 * - `buffer`: the key is held (its default action cancelled);
 * - `pass-through`: the key goes on; keys held earlier were a person's and are typed back into their field;
 * - `scan`: the held keys were a scanner's: they are dropped, the terminator cancelled, the code handed to `onScan`.
 * A timer calls `flush` once `maxGapMs` passed after the last key of a burst, so a held key is at worst typed
 * `maxGapMs` late (50 ms by default). Passwords and fields marked `data-no-scan` are never read as scans.
 */
import type { Input, WedgeSettings } from '../../../../electron/common/contract';
import {
  createWedgeDetector,
  type KeyEvent,
  type WedgeDecision,
  type WedgeDetector,
  type WedgeOptions,
} from '../../../../electron/common/devices/keyboard-wedge';
import {
  insertText,
  isPasswordField,
  isScanExcluded,
  isTextField,
  restoreField,
  snapshotField,
  typedCharacter,
  type FieldSnapshot,
  type TextField,
} from './text-insertion';

/** One keystroke as capture mode records it. */
export type CapturedKey = Input<'devices.capture-keys'>['keys'][number];

export interface WedgeScan {
  code: string;
  symbology?: string;
}

export interface WedgeListenerOptions {
  /** null: no detection (capture still records keys). */
  settings: WedgeSettings | null;
  onScan(scan: WedgeScan): void;
  /** Capture mode: every keystroke, as support records it (password fields masked). */
  onKey?(key: CapturedKey): void;
  target?: Window;
  /** The events' time base (`performance.now()`), for flush. */
  now?: () => number;
}

/**
 * A key of a burst, with what is needed to type it back: the desk layout's character and the field it went to.
 * `typed`: it was let through into a text field, it is already there.
 */
interface HeldKey extends KeyEvent {
  character: string;
  field: TextField | null;
  typed: boolean;
}

/** The detector options an administrator may tune (terminators keep their defaults: Enter, Tab). */
export function wedgeOptions(settings: WedgeSettings): Partial<WedgeOptions> {
  return {
    maxGapMs: settings.maxGapMs,
    maxAverageGapMs: settings.maxAverageGapMs,
    minLength: settings.minLength,
    prefix: [...settings.prefix],
    suffix: [...settings.suffix],
    aimPrefix: settings.aimPrefix,
  };
}

/** A key with no character: fed to the detector, it settles whatever is held as a person's typing. */
function releaseMarker(timeStamp: number): KeyEvent {
  return { code: 'Unidentified', key: '', shiftKey: false, timeStamp };
}

function capturedKey(event: KeyboardEvent): CapturedKey {
  const masked = isPasswordField(event.target);
  return {
    code: masked ? 'Masked' : event.code.slice(0, 32),
    key: masked ? '•' : event.key.slice(0, 32),
    shiftKey: event.shiftKey,
    timeStamp: Math.max(0, event.timeStamp),
  };
}

/**
 * Types a person's held keys back into their fields, in order, one insertion per run of keys for one field.
 * Keys let through into a text field (`typed`) are already there and are skipped.
 */
function replay(keys: readonly KeyEvent[]): void {
  let field: TextField | null = null;
  let text = '';
  const flushRun = () => {
    if (field && text && field.isConnected) insertText(field, text);
    text = '';
  };
  for (const key of keys as readonly HeldKey[]) {
    if (key.typed) continue;
    if (key.field !== field) {
      flushRun();
      field = key.field;
    }
    text += key.character ?? '';
  }
  flushRun();
}

export function attachWedgeListener(options: WedgeListenerOptions): () => void {
  const target = options.target ?? window;
  const now = options.now ?? (() => performance.now());
  const detector: WedgeDetector | null =
    options.settings && options.settings.enabled ? createWedgeDetector(wedgeOptions(options.settings)) : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The time of the last held key, in the events' time base. */
  let lastHeldAt = 0;
  /** The key after a dead key composes with it (ê, ô…): both are a person's. */
  let afterDeadKey = false;
  /** The text field the current burst was let through into, as it was before the burst's first key there. */
  let snapshot: FieldSnapshot | null = null;

  const disarm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const settle = (decision: WedgeDecision | null) => {
    if (!decision) return;
    if (decision.action === 'scan') {
      // The scanner's keys that went into a text field come out of it.
      if (snapshot) restoreField(snapshot);
      snapshot = null;
      if (decision.code) {
        const symbology = decision.symbology ?? decision.aim;
        options.onScan(symbology ? { code: decision.code, symbology } : { code: decision.code });
      }
      return;
    }
    replay(decision.swallowed);
    if (decision.action === 'pass-through' && detector && !detector.holding) snapshot = null;
  };

  const arm = (delayMs: number) => {
    disarm();
    timer = setTimeout(() => {
      timer = undefined;
      if (!detector) return;
      // The timer ran for maxGapMs after the key was handled, hence after it was pressed: at least that much
      // time has passed, even where the clock read by `now` lags behind the events' (a faked test clock).
      settle(detector.flush(Math.max(now(), lastHeldAt + detector.options.maxGapMs)));
      if (detector.holding) arm(5);
    }, delayMs);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    options.onKey?.(capturedKey(event));
    if (!detector) return;

    const personOnly =
      event.repeat ||
      event.isComposing ||
      event.key === 'Dead' ||
      event.key === 'Process' ||
      afterDeadKey ||
      isScanExcluded(event.target);
    afterDeadKey = event.key === 'Dead';
    if (personOnly) {
      // The key goes on as typed; whatever was held before it is typed back first.
      if (detector.holding) settle(detector.feed(releaseMarker(event.timeStamp)));
      if (!detector.holding) disarm();
      return;
    }
    // Space activates buttons, checkboxes and radios: outside a text field it only joins a burst already started.
    if (event.code === 'Space' && !detector.holding && !isTextField(event.target)) return;

    const field = isTextField(event.target) ? event.target : null;
    const wasHolding = detector.holding;
    const key: HeldKey = {
      code: event.code,
      key: event.key,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      timeStamp: event.timeStamp,
      character: typedCharacter(event.key),
      field,
      typed: field !== null,
    };
    const decision = detector.feed(key);
    switch (decision.action) {
      case 'buffer':
        replay(decision.swallowed);
        // A new burst starts with this key (nothing was held, or what was held just went back as a person's).
        if (!wasHolding || decision.swallowed.length > 0) snapshot = null;
        if (field) {
          // In a text field the key goes in now; should the burst be a scan, the field is put back as it is here.
          snapshot ??= snapshotField(field);
        } else {
          event.preventDefault();
        }
        lastHeldAt = event.timeStamp;
        arm(detector.options.maxGapMs);
        break;
      case 'pass-through':
        replay(decision.swallowed);
        if (!detector.holding) {
          disarm();
          snapshot = null;
        }
        break;
      case 'scan':
        // The terminator (Enter, Tab) must neither submit a form nor move the focus, nor reach the screen's handlers.
        event.preventDefault();
        event.stopImmediatePropagation();
        disarm();
        settle(decision);
        break;
    }
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    disarm();
    // Nothing a person typed is lost when the listener goes (settings changed, screen locked).
    if (detector?.holding) settle(detector.feed(releaseMarker(now())));
  };
}
