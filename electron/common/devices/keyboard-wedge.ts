/**
 * Keyboard-wedge scanners: tells a scanner's keystroke burst from a person typing, by timing, and decodes the
 * burst by physical key through the US table so that an AZERTY desk still reads `12345` (research/devices.md
 * §1.3). Pure: the renderer feeds its `keydown` events and acts on each decision; time is the events' own
 * `timeStamp` (and `now` for flush, in the same time base, e.g. `performance.now()`).
 *
 * The protocol with the renderer, for each `keydown` (scan anywhere, text fields included):
 *
 * | `action`       | the current key                 | `swallowed` (keys held earlier, in order)           |
 * |----------------|---------------------------------|-----------------------------------------------------|
 * | `buffer`       | cancel it (`preventDefault`)    | a person's: replay them now, before this key         |
 * | `pass-through` | let it through                  | a person's: replay them now, before this key         |
 * | `scan`         | cancel it; `code` is the scan   | the scanner's: drop them                             |
 *
 * After each `buffer`, the renderer arms a timer of `options.maxGapMs` and calls `flush(now)`; a non-null
 * result settles the held keys the same way (`scan`: drop them; `pass-through`: replay them).
 *
 * Where a key types into a text field, the renderer may instead let `buffer` keys through at once: it notes the
 * field as it was before the burst's first key, puts it back on `scan`, and replays nothing on `pass-through`
 * (the keys are already there). renderer/src/features/scanning/wedge-listener.ts does so.
 *
 * A person's characters are never lost: a held key is at worst replayed `maxGapMs` later (50 ms by default),
 * and with a scanner prefix configured, keys that do not start with the prefix are never held at all.
 */
import { AIM_PATTERN, symbologyFromAim, type Symbology } from './aim-symbology';
import { usCharacter } from './us-keymap';

/** The parts of a DOM `KeyboardEvent` the detector reads. */
export interface KeyEvent {
  code: string;
  key: string;
  shiftKey: boolean;
  timeStamp: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface WedgeOptions {
  /** A pause longer than this between two keys ends a burst. */
  maxGapMs: number;
  /** Without a prefix, a scan's mean time per key (terminator included) is at most this. */
  maxAverageGapMs: number;
  /** Without a prefix, a scan has at least this many characters. */
  minLength: number;
  /** `KeyboardEvent.code`s that end a scan; empty: a scan ends with silence (flush). */
  terminators: string[];
  /** `KeyboardEvent.code`s the scanner sends first (e.g. `['F13']`). When set, only prefixed bursts are scans. */
  prefix: string[];
  /** `KeyboardEvent.code`s the scanner sends after the data, before the terminator; removed from the code. */
  suffix: string[];
  /** The scanner sends the AIM identifier (`]E0`…) first: it is removed from the code and names the symbology. */
  aimPrefix: boolean;
}

/** Defaults from devices.md §1.3: ≥ 6 characters, ~35 ms per key on average, ended by Enter or Tab. */
export const WEDGE_DEFAULTS: Readonly<WedgeOptions> = {
  maxGapMs: 50,
  maxAverageGapMs: 35,
  minLength: 6,
  terminators: ['Enter', 'NumpadEnter', 'Tab'],
  prefix: [],
  suffix: [],
  aimPrefix: false,
};

/**
 * For scanners that type slowly (Zebra's default keystroke delay: ~80 ms, peaks at 100 ms). A fast typist can
 * reach these speeds: prefer configuring a prefix on such scanners, or their "fast HID keyboard" option.
 */
export const WEDGE_SLOW_SCANNER: Readonly<Partial<WedgeOptions>> = { maxGapMs: 150, maxAverageGapMs: 120 };

export type WedgeAction = 'buffer' | 'pass-through' | 'scan';

export interface WedgeDecision {
  action: WedgeAction;
  /** The scanned code, decoded by physical key (only with `scan`). */
  code?: string;
  symbology?: Symbology;
  aim?: string;
  /** Keys held earlier and settled by this decision: see the table above. */
  swallowed: KeyEvent[];
}

export interface WedgeDetector {
  feed(event: KeyEvent): WedgeDecision;
  /** Settles held keys once `maxGapMs` passed since the last one; null when there is nothing to settle yet. */
  flush(now: number): WedgeDecision | null;
  /** Keys are being held. */
  readonly holding: boolean;
  readonly options: Readonly<WedgeOptions>;
}

const MODIFIER_CODES = new Set([
  'ShiftLeft', 'ShiftRight', 'ControlLeft', 'ControlRight', 'AltLeft', 'AltRight', 'MetaLeft', 'MetaRight', 'CapsLock', 'NumLock',
]);

function hasCommandModifier(event: KeyEvent): boolean {
  return Boolean(event.ctrlKey || event.altKey || event.metaKey);
}

export function createWedgeDetector(overrides: Partial<WedgeOptions> = {}): WedgeDetector {
  const options: WedgeOptions = { ...WEDGE_DEFAULTS, ...overrides };
  const usesPrefix = options.prefix.length > 0;
  let held: KeyEvent[] = [];

  const lastAt = (): number => held[held.length - 1]?.timeStamp ?? Number.NEGATIVE_INFINITY;

  /** The held keys turned out to be a person's. */
  function release(action: 'buffer' | 'pass-through'): WedgeDecision {
    const swallowed = held;
    held = [];
    return { action, swallowed };
  }

  /** Decodes held keys (prefix and suffix removed); undefined when a key is not a US character. */
  function decode(keys: KeyEvent[]): string | undefined {
    let body = keys.slice(usesPrefix ? options.prefix.length : 0);
    const suffix = options.suffix;
    if (suffix.length > 0 && body.length >= suffix.length && suffix.every((code, i) => body[body.length - suffix.length + i]?.code === code)) {
      body = body.slice(0, body.length - suffix.length);
    }
    let code = '';
    for (const key of body) {
      const character = usCharacter(key.code, key.shiftKey);
      if (character === undefined) return undefined;
      code += character;
    }
    return code;
  }

  /** The scan the held keys make, ended at `endAt` (terminator or silence), or undefined if they are typing. */
  function asScan(endAt: number, terminated: boolean): WedgeDecision | undefined {
    const first = held[0];
    if (!first) return undefined;
    if (usesPrefix && held.length <= options.prefix.length) return undefined;
    let code = decode(held);
    if (code === undefined || code.length === 0) return undefined;
    if (!usesPrefix) {
      if (code.length < options.minLength) return undefined;
      const strokes = held.length - 1 + (terminated ? 1 : 0);
      const mean = strokes === 0 ? Number.POSITIVE_INFINITY : (endAt - first.timeStamp) / strokes;
      if (mean > options.maxAverageGapMs) return undefined;
    }
    const decision: WedgeDecision = { action: 'scan', swallowed: held };
    if (options.aimPrefix && AIM_PATTERN.test(code.slice(0, 3))) {
      const aim = code.slice(0, 3);
      code = code.slice(3);
      if (code.length === 0) return undefined;
      decision.aim = aim;
      const symbology = symbologyFromAim(aim, code);
      if (symbology) decision.symbology = symbology;
    }
    decision.code = code;
    held = [];
    return decision;
  }

  /** Whether the current key may be held as part of a burst (the held keys so far being `held`). */
  function canHold(event: KeyEvent): boolean {
    if (hasCommandModifier(event)) return false;
    if (usesPrefix && held.length < options.prefix.length) return options.prefix[held.length] === event.code;
    if (options.suffix.includes(event.code)) return held.length > 0;
    return usCharacter(event.code, event.shiftKey) !== undefined;
  }

  return {
    options,

    get holding() {
      return held.length > 0;
    },

    feed(event) {
      // Shift and friends come and go around each character the scanner types: they neither hold nor break a burst.
      if (MODIFIER_CODES.has(event.code)) return { action: 'pass-through', swallowed: [] };

      let replay: KeyEvent[] = [];
      if (held.length > 0 && event.timeStamp - lastAt() > options.maxGapMs) {
        // flush() was not called in time: whatever was held was typed slowly, hence by a person.
        replay = release('pass-through').swallowed;
      }

      if (held.length > 0 && options.terminators.includes(event.code) && !hasCommandModifier(event)) {
        const scan = asScan(event.timeStamp, true);
        if (scan) return scan;
        return release('pass-through');
      }

      if (canHold(event)) {
        held.push(event);
        return { action: 'buffer', swallowed: replay };
      }
      return { action: 'pass-through', swallowed: [...replay, ...release('pass-through').swallowed] };
    },

    flush(now) {
      if (held.length === 0 || now - lastAt() < options.maxGapMs) return null;
      if (options.terminators.length === 0) {
        const scan = asScan(lastAt(), false);
        if (scan) return scan;
      }
      return release('pass-through');
    },
  };
}
