// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WedgeSettings } from '../../electron/common/contract';
import { useWedgeListener } from '../../renderer/src/features/scanning/use-wedge-listener';
import { attachWedgeListener, type CapturedKey, type WedgeScan } from '../../renderer/src/features/scanning/wedge-listener';

const SETTINGS: WedgeSettings = {
  enabled: true,
  maxGapMs: 50,
  maxAverageGapMs: 35,
  minLength: 6,
  prefix: [],
  suffix: [],
  aimPrefix: false,
};

/** What a French AZERTY desk reports as `key` when a US-configured scanner presses these keys. */
const AZERTY_DIGITS: Record<string, string> = {
  Digit1: '&', Digit2: 'é', Digit3: '"', Digit4: "'", Digit5: '(', Digit6: '-', Digit7: 'è', Digit8: '_', Digit9: 'ç', Digit0: 'à',
};

function digitCode(digit: string): string {
  return `Digit${digit}`;
}

/**
 * A keydown as the browser sends it, then what the browser itself would do when nobody cancelled it: a printable
 * key types its character into the focused field.
 */
function press(code: string, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  if (!event.defaultPrevented && [...key].length === 1 && target instanceof HTMLInputElement) {
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(target, target.value.slice(0, start) + key + target.value.slice(end));
    target.setSelectionRange(start + 1, start + 1);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return event;
}

/** A scanner on an AZERTY desk: digits 5 ms apart, then Enter. Returns the Enter event. */
function scanDigits(digits: string, gapMs = 5): KeyboardEvent {
  for (const digit of digits) {
    press(digitCode(digit), AZERTY_DIGITS[digitCode(digit)] ?? digit);
    vi.advanceTimersByTime(gapMs);
  }
  return press('Enter', 'Enter');
}

/** A person typing letters (US and AZERTY agree on these), `gapMs` apart. */
function typeSlowly(text: string, gapMs = 150): void {
  for (const character of text) {
    press(`Key${character.toUpperCase()}`, character);
    vi.advanceTimersByTime(gapMs);
  }
}

function textInput(value = ''): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = value;
  document.body.appendChild(input);
  input.focus();
  input.setSelectionRange(value.length, value.length);
  return input;
}

let detach: (() => void) | null = null;
let scans: WedgeScan[] = [];

function listen(settings: WedgeSettings | null = SETTINGS, onKey?: (key: CapturedKey) => void) {
  scans = [];
  detach = attachWedgeListener({ settings, onScan: (scan) => scans.push(scan), onKey });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  detach?.();
  detach = null;
  cleanup();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('keyboard-wedge listener', () => {
  it('decodes a scanner typing 12345 on an AZERTY desk by physical key (&é"\'( arrive as key)', () => {
    listen({ ...SETTINGS, minLength: 5 });
    const enter = scanDigits('12345');
    expect(scans).toEqual([{ code: '12345' }]);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('keeps a person typing at ~150 ms a key in the field, in order, in the desk layout', () => {
    listen();
    const input = textInput();
    typeSlowly('bonjour');
    // AZERTY: the key marked 2 types é for a person.
    press('Digit2', 'é');
    vi.advanceTimersByTime(150);
    press('Enter', 'Enter');
    expect(input.value).toBe('bonjouré');
    expect(scans).toEqual([]);
  });

  it('lets a person’s key into a text field at once, without waiting for the burst to be settled', () => {
    listen();
    const input = textInput('Dupon');
    const key = press('KeyT', 't');
    expect(key.defaultPrevented).toBe(false);
    expect(input.value).toBe('Dupont');
    vi.advanceTimersByTime(500);
    expect(input.value).toBe('Dupont');
  });

  it('takes a fast burst into a focused field as a scan and puts the field back as it was, caret included', () => {
    listen();
    const input = textInput('Dupont');
    input.setSelectionRange(3, 3);
    const inputs: string[] = [];
    input.addEventListener('input', () => inputs.push(input.value));
    const enter = scanDigits('3046920029759');
    expect(scans).toEqual([{ code: '3046920029759' }]);
    expect(input.value).toBe('Dupont');
    expect(input.selectionStart).toBe(3);
    expect(input.selectionEnd).toBe(3);
    expect(enter.defaultPrevented).toBe(true);
    // The field told React about the restored value last.
    expect(inputs.at(-1)).toBe('Dupont');
    vi.advanceTimersByTime(500);
    expect(input.value).toBe('Dupont');
    expect(scans).toHaveLength(1);
  });

  it('decodes an AZERTY scan into a text field by physical key and leaves the field empty', () => {
    listen({ ...SETTINGS, minLength: 5 });
    const input = textInput();
    scanDigits('12345');
    expect(scans).toEqual([{ code: '12345' }]);
    expect(input.value).toBe('');
  });

  it('gives back a fast but short burst to the field before the Enter key goes on', () => {
    listen();
    const input = textInput();
    press('KeyO', 'o');
    expect(input.value).toBe('o');
    vi.advanceTimersByTime(5);
    press('KeyK', 'k');
    expect(input.value).toBe('ok');
    vi.advanceTimersByTime(5);
    const enter = press('Enter', 'Enter');
    expect(input.value).toBe('ok');
    expect(enter.defaultPrevented).toBe(false);
    expect(scans).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(input.value).toBe('ok');
  });

  it('never types a person’s fast keys twice once the burst is settled as typing', () => {
    listen();
    const input = textInput();
    for (const character of 'lea') {
      press(`Key${character.toUpperCase()}`, character);
      vi.advanceTimersByTime(10);
    }
    expect(input.value).toBe('lea');
    // The burst ends by silence (flush), then by a key that is not part of it.
    vi.advanceTimersByTime(200);
    expect(input.value).toBe('lea');
    press('Backspace', 'Backspace');
    press('KeyS', 's');
    vi.advanceTimersByTime(200);
    expect(input.value).toBe('leas');
  });

  it('types a person’s key at the caret at once, before the key that follows it', () => {
    listen();
    const input = textInput('ac');
    input.setSelectionRange(1, 1);
    press('KeyB', 'b');
    expect(input.value).toBe('abc');
    expect(input.selectionStart).toBe(2);
    press('Backspace', 'Backspace');
    expect(input.selectionStart).toBe(2);
  });

  it('outside a text field, holds a fast burst and lets nothing through when it is a scan', () => {
    listen();
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    const first = press('Digit9', 'ç');
    expect(first.defaultPrevented).toBe(true);
    vi.advanceTimersByTime(5);
    const enter = scanDigits('782070612758');
    expect(enter.defaultPrevented).toBe(true);
    expect(scans).toEqual([{ code: '9782070612758' }]);
  });

  it('never reads a password field as a scan, nor holds its keys', () => {
    listen();
    const input = document.createElement('input');
    input.type = 'password';
    document.body.appendChild(input);
    input.focus();
    const first = press('Digit1', '&');
    scanDigits('234567');
    expect(first.defaultPrevented).toBe(false);
    expect(scans).toEqual([]);
  });

  it('lets Space activate a button, and a dead key compose with the next one', () => {
    listen();
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    expect(press('Space', ' ').defaultPrevented).toBe(false);

    const input = textInput();
    expect(press('BracketLeft', 'Dead').defaultPrevented).toBe(false);
    // The browser composes ^ + e into ê on the second keydown: it must go through untouched.
    expect(press('KeyE', 'ê').defaultPrevented).toBe(false);
    expect(input.value).toBe('ê');
  });

  it('does nothing when keyboard-wedge detection is off, but capture still records keystrokes', () => {
    const captured: CapturedKey[] = [];
    listen({ ...SETTINGS, enabled: false }, (key) => captured.push(key));
    const input = textInput();
    const first = press('Digit1', '&');
    scanDigits('23456789');
    expect(first.defaultPrevented).toBe(false);
    expect(scans).toEqual([]);
    expect(input.value).toBe('&é"\'(-è_ç');
    expect(captured[0]).toMatchObject({ code: 'Digit1', key: '&', shiftKey: false });
    expect(captured).toHaveLength(10);
  });

  it('masks the keys of a password field in capture mode', () => {
    const captured: CapturedKey[] = [];
    listen(SETTINGS, (key) => captured.push(key));
    const input = document.createElement('input');
    input.type = 'password';
    document.body.appendChild(input);
    input.focus();
    press('KeyS', 's');
    expect(captured).toEqual([expect.objectContaining({ code: 'Masked', key: '•' })]);
  });

  it('with a prefix, takes only prefixed bursts and strips the suffix', () => {
    listen({ ...SETTINGS, prefix: ['F13'], suffix: ['Period'] });
    press('F13', 'F13');
    for (const digit of '42') {
      vi.advanceTimersByTime(5);
      press(digitCode(digit), AZERTY_DIGITS[digitCode(digit)] ?? digit);
    }
    vi.advanceTimersByTime(5);
    press('Period', ':');
    vi.advanceTimersByTime(5);
    press('Enter', 'Enter');
    expect(scans).toEqual([{ code: '42' }]);
  });
});

function Counter({ settings }: { settings: WedgeSettings }) {
  const [name, setName] = useState('');
  const [scanned, setScanned] = useState<string[]>([]);
  useWedgeListener({ settings, onScan: (scan) => setScanned((current) => [...current, scan.code]) });
  return (
    <div>
      <label>
        Nom
        <input type="text" value={name} onChange={(event) => setName(event.currentTarget.value)} />
      </label>
      <output aria-label="Codes">{scanned.join(',')}</output>
    </div>
  );
}

describe('useWedgeListener in a React form', () => {
  it('keeps a person’s typing in a controlled field and takes a scanner burst out of it', () => {
    render(<Counter settings={SETTINGS} />);
    const input = screen.getByLabelText('Nom') as HTMLInputElement;
    input.focus();
    act(() => typeSlowly('lea'));
    expect(input.value).toBe('lea');
    act(() => {
      scanDigits('3046920029759');
    });
    expect(screen.getByLabelText('Codes').textContent).toBe('3046920029759');
    expect(input.value).toBe('lea');
    // React's state followed the restored value: the next key a person types goes after « lea ».
    act(() => typeSlowly('h'));
    expect(input.value).toBe('leah');
    fireEvent.blur(input);
  });
});
