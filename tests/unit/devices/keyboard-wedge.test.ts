import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWedgeDetector,
  WEDGE_SLOW_SCANNER,
  type KeyEvent,
  type WedgeDecision,
  type WedgeDetector,
  type WedgeOptions,
} from '../../../electron/common/devices/keyboard-wedge';
import { usCharacter } from '../../../electron/common/devices/us-keymap';

/** What a key of the French AZERTY layout types (`key`) when the US-configured scanner presses `code`. */
const AZERTY: Record<string, [string, string]> = {
  Digit1: ['&', '1'], Digit2: ['é', '2'], Digit3: ['"', '3'], Digit4: ["'", '4'], Digit5: ['(', '5'],
  Digit6: ['-', '6'], Digit7: ['è', '7'], Digit8: ['_', '8'], Digit9: ['ç', '9'], Digit0: ['à', '0'],
  Semicolon: ['m', 'M'], Slash: ['!', '§'], Period: [':', '/'], Comma: [';', '.'], KeyQ: ['a', 'A'], KeyA: ['q', 'Q'],
  KeyW: ['z', 'Z'], KeyZ: ['w', 'W'], KeyM: [',', '?'], Minus: [')', '°'], Equal: ['=', '+'],
};

/** The keydown a US scanner sends for `character`, as seen on an AZERTY desk. */
function scannerKey(character: string): { code: string; shiftKey: boolean; key: string } {
  const us: Array<[string, string, string]> = [
    ['1', 'Digit1', ''], ['2', 'Digit2', ''], ['3', 'Digit3', ''], ['4', 'Digit4', ''], ['5', 'Digit5', ''], ['6', 'Digit6', ''],
    ['7', 'Digit7', ''], ['8', 'Digit8', ''], ['9', 'Digit9', ''], ['0', 'Digit0', ''], [':', 'Semicolon', 'S'], ['/', 'Slash', ''],
    ['.', 'Period', ''], ['-', 'Minus', ''], ['?', 'Slash', 'S'], ['=', 'Equal', ''], [']', 'BracketRight', ''],
  ];
  const found = us.find(([c]) => c === character);
  if (found) {
    const [, code, shift] = found;
    const shiftKey = shift === 'S';
    const layout = AZERTY[code];
    return { code, shiftKey, key: layout ? layout[shiftKey ? 1 : 0] : character };
  }
  if (/^[a-z]$/i.test(character)) {
    const code = `Key${character.toUpperCase()}`;
    const shiftKey = character !== character.toLowerCase();
    const layout = AZERTY[code];
    return { code, shiftKey, key: layout ? layout[shiftKey ? 1 : 0] : character };
  }
  throw new Error(`no key for ${character}`);
}

/**
 * The renderer side of the protocol, on a focused text field: cancels held keys, replays a person's keys,
 * lets passed keys type their `key`, collects scans, and flushes on a timer.
 */
function counter(options: Partial<WedgeOptions> = {}, initialField = '') {
  const detector: WedgeDetector = createWedgeDetector(options);
  const state = { field: initialField, scans: [] as string[], decisions: [] as WedgeDecision[], passed: [] as string[] };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const typeInField = (event: KeyEvent) => {
    if (event.key.length === 1) state.field += event.key;
    else if (event.key === 'Backspace') state.field = state.field.slice(0, -1);
  };
  const settle = (decision: WedgeDecision) => {
    state.decisions.push(decision);
    if (decision.action === 'scan') state.scans.push(decision.code ?? '');
    else decision.swallowed.forEach(typeInField);
  };
  const keydown = (event: Omit<KeyEvent, 'timeStamp'>) => {
    const full: KeyEvent = { ...event, timeStamp: Date.now() };
    const decision = detector.feed(full);
    settle(decision);
    if (decision.action === 'pass-through') {
      state.passed.push(full.code);
      typeInField(full);
    }
    clearTimeout(timer);
    if (detector.holding) {
      timer = setTimeout(() => {
        const flushed = detector.flush(Date.now());
        if (flushed) settle(flushed);
      }, detector.options.maxGapMs);
    }
  };
  /** Types keys with the given gap between them (ms), then lets all timers run. */
  const type = (keys: Array<Omit<KeyEvent, 'timeStamp'>>, gap: number | (() => number)) => {
    for (const [index, key] of keys.entries()) {
      if (index > 0) vi.advanceTimersByTime(typeof gap === 'number' ? gap : gap());
      keydown(key);
    }
    vi.advanceTimersByTime(1000);
  };
  return { detector, state, keydown, type };
}

const enter = { code: 'Enter', key: 'Enter', shiftKey: false };
const scannerBurst = (text: string) => [...[...text].map(scannerKey), enter];
/** A person typing on AZERTY: the key they mean is `key`; `code` is where it sits. */
const personKeys = (text: string) =>
  [...text].map((character) => {
    const code = Object.entries(AZERTY).find(([, [plain]]) => plain === character)?.[0] ?? `Key${character.toUpperCase()}`;
    return { code, key: character, shiftKey: false };
  });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-22T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('US key table', () => {
  it('decodes physical keys whatever the layout: Digit1 is 1 without Shift, ! with it', () => {
    expect(usCharacter('Digit1', false)).toBe('1');
    expect(usCharacter('Digit1', true)).toBe('!');
    expect(usCharacter('KeyQ', false)).toBe('q');
    expect(usCharacter('KeyQ', true)).toBe('Q');
    expect(usCharacter('Semicolon', true)).toBe(':');
    expect(usCharacter('Enter', false)).toBeUndefined();
    expect(usCharacter('Keyboard', false)).toBeUndefined();
  });
});

describe('keyboard-wedge detector', () => {
  it('decodes a QWERTY scanner typing 12345 on an AZERTY desk as 12345, not &é"\'(', () => {
    const { state, type } = counter({ minLength: 5 });
    const keys = scannerBurst('12345');
    expect(keys.slice(0, 5).map((k) => k.key).join('')).toBe('&é"\'(');
    type(keys, 8);
    expect(state.scans).toEqual(['12345']);
    expect(state.field).toBe('');
  });

  it('decodes a 13-digit pass number and a URL (Shift and punctuation) with the default settings', () => {
    const { state, type } = counter();
    type(scannerBurst('3046920029759'), 10);
    type(scannerBurst('https://exemple.fr/v/123'), 10);
    expect(state.scans).toEqual(['3046920029759', 'https://exemple.fr/v/123']);
    expect(state.field).toBe('');
  });

  it('never takes a person typing at normal speed for a scanner, and loses none of their characters', () => {
    const { state, type } = counter();
    let seed = 7;
    const humanGap = () => {
      seed = (seed * 9301 + 49297) % 233280;
      return 120 + Math.floor((seed / 233280) * 180); // 120–300 ms
    };
    type([...personKeys('bonjour&é'), enter], humanGap);
    type([...personKeys('dupont'), { code: 'Tab', key: 'Tab', shiftKey: false }], humanGap);
    expect(state.scans).toEqual([]);
    expect(state.field).toBe('bonjour&édupont');
    expect(state.passed).toContain('Enter');
    expect(state.passed).toContain('Tab');
  });

  it('gives back a fast typist’s burst (rollover) in order, and lets Backspace through', () => {
    const { state, type, keydown } = counter();
    type(personKeys('le'), 20);
    vi.advanceTimersByTime(300);
    type(personKeys('chat'), 45);
    keydown({ code: 'Backspace', key: 'Backspace', shiftKey: false });
    expect(state.scans).toEqual([]);
    expect(state.field).toBe('lecha');
  });

  it('handles a scan into a focused text field as a scan: the field keeps only what the person typed', () => {
    const { state, type } = counter({}, '');
    type(personKeys('dupont'), 150);
    vi.advanceTimersByTime(500);
    type(scannerBurst('3046920029759'), 6);
    type(personKeys('e'), 150);
    expect(state.scans).toEqual(['3046920029759']);
    expect(state.field).toBe('duponte');
  });

  it('replays a quick but short burst ending with Enter as typing (below the minimum length)', () => {
    const { state, type } = counter();
    type(scannerBurst('123'), 5);
    expect(state.scans).toEqual([]);
    expect(state.field).toBe('&é"');
    expect(state.passed).toContain('Enter');
  });

  it('needs the slow-scanner profile for a Zebra typing every 80 ms', () => {
    const standard = counter();
    standard.type(scannerBurst('3046920029759'), 80);
    expect(standard.state.scans).toEqual([]);
    expect(standard.state.field).toBe('"à\'-çéààéçè(ç'); // typed into the field as the AZERTY layout shows it

    const slow = counter(WEDGE_SLOW_SCANNER);
    slow.type(scannerBurst('3046920029759'), 80);
    expect(slow.state.scans).toEqual(['3046920029759']);
    expect(slow.state.field).toBe('');
  });

  it('with a prefix: never holds a person’s keys, accepts a slow prefixed scan, strips the suffix', () => {
    const { state, type, detector } = counter({ prefix: ['F13'], suffix: ['F14'], maxGapMs: 150 });
    const decision = detector.feed({ code: 'KeyQ', key: 'a', shiftKey: false, timeStamp: Date.now() });
    expect(decision).toEqual({ action: 'pass-through', swallowed: [] });
    type([{ code: 'F13', key: 'F13', shiftKey: false }, ...[...'42'].map(scannerKey), { code: 'F14', key: 'F14', shiftKey: false }, enter], 90);
    expect(state.scans).toEqual(['42']);
  });

  it('reads the AIM identifier a scanner sends first, when told to', () => {
    const { state, type } = counter({ aimPrefix: true });
    type(scannerBurst(']E03046920029759'), 5);
    expect(state.scans).toEqual(['3046920029759']);
    const scan = state.decisions.find((d) => d.action === 'scan');
    expect(scan).toMatchObject({ aim: ']E0', symbology: 'EAN-13' });
  });

  it('ends a scan with silence when no terminator is configured', () => {
    const { state, type } = counter({ terminators: [] });
    type([...'3046920029759'].map(scannerKey), 5);
    expect(state.scans).toEqual(['3046920029759']);
  });

  it('ignores Shift presses inside a burst and lets shortcuts (Ctrl+…) through at once', () => {
    const { state, type, detector } = counter();
    const keys = scannerBurst('AB12CD').flatMap((key) => (key.shiftKey ? [{ code: 'ShiftLeft', key: 'Shift', shiftKey: true }, key] : [key]));
    type(keys, 4);
    expect(state.scans).toEqual(['AB12CD']);
    expect(detector.feed({ code: 'KeyC', key: 'c', shiftKey: false, ctrlKey: true, timeStamp: Date.now() })).toEqual({ action: 'pass-through', swallowed: [] });
  });
});
