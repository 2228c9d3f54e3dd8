/**
 * The US QWERTY layout, by physical key (`KeyboardEvent.code`): what a keyboard-wedge scanner configured for
 * "USA" means when it presses a key, whatever layout the operating system applies (research/devices.md §1.3).
 * On a French AZERTY desk the scanner's `Digit1` arrives with `key === '&'`; decoding `code` gives back '1'.
 */

/** [without Shift, with Shift] for each printable key. */
const US_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  Backquote: ['`', '~'],
  Digit1: ['1', '!'],
  Digit2: ['2', '@'],
  Digit3: ['3', '#'],
  Digit4: ['4', '$'],
  Digit5: ['5', '%'],
  Digit6: ['6', '^'],
  Digit7: ['7', '&'],
  Digit8: ['8', '*'],
  Digit9: ['9', '('],
  Digit0: ['0', ')'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  IntlBackslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
  Numpad0: ['0', '0'],
  Numpad1: ['1', '1'],
  Numpad2: ['2', '2'],
  Numpad3: ['3', '3'],
  Numpad4: ['4', '4'],
  Numpad5: ['5', '5'],
  Numpad6: ['6', '6'],
  Numpad7: ['7', '7'],
  Numpad8: ['8', '8'],
  Numpad9: ['9', '9'],
  NumpadDecimal: ['.', '.'],
  NumpadAdd: ['+', '+'],
  NumpadSubtract: ['-', '-'],
  NumpadMultiply: ['*', '*'],
  NumpadDivide: ['/', '/'],
};

/**
 * The character a US-layout scanner meant by this key, or undefined for keys that type nothing (Enter, Tab,
 * arrows, F-keys, modifiers). Letters follow Shift only: the host's Caps Lock does not change what the scanner
 * meant, since the scanner presses Shift itself for capitals.
 */
export function usCharacter(code: string, shiftKey: boolean): string | undefined {
  if (code.length === 4 && code.startsWith('Key')) {
    const letter = code.charAt(3);
    if (letter >= 'A' && letter <= 'Z') return shiftKey ? letter : letter.toLowerCase();
    return undefined;
  }
  const pair = US_KEYS[code];
  return pair ? pair[shiftKey ? 1 : 0] : undefined;
}
