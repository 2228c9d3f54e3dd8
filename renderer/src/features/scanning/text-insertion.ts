/**
 * Text fields and the keyboard-wedge listener. In a text field the listener lets every key through at once and,
 * when a burst turns out to be a scanner's, puts the field back as it was before the burst (`snapshotField`,
 * `restoreField`). Outside a text field it holds printable keys for a few milliseconds instead; a person's held
 * keys are then inserted into the field they were meant for (`insertText`). Both change the value through the
 * element's native value setter and dispatch an `input` event, so React's controlled fields see the change.
 */

/** Input types that hold free text with a caret. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'number', '']);

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A field a person types text into (password fields excluded: the scanner listener never touches them). */
export function isTextField(target: EventTarget | null): target is TextField {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

export function isPasswordField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'password';
}

/** Fields where nothing may be read as a scan: passwords, and fields marked `data-no-scan`. */
export function isScanExcluded(target: EventTarget | null): boolean {
  if (isPasswordField(target)) return true;
  return target instanceof Element && target.closest('[data-no-scan]') !== null;
}

function caret(field: TextField): { start: number; end: number } {
  try {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    if (start !== null && end !== null) return { start, end };
  } catch {
    // Some input types (email, number) have no selection API.
  }
  return { start: field.value.length, end: field.value.length };
}

function setNativeValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/** A field's value and selection at one moment, to put it back later. */
export interface FieldSnapshot {
  field: TextField;
  value: string;
  selectionStart: number;
  selectionEnd: number;
  selectionDirection: 'forward' | 'backward' | 'none';
}

export function snapshotField(field: TextField): FieldSnapshot {
  const { start, end } = caret(field);
  let direction: FieldSnapshot['selectionDirection'] = 'none';
  try {
    direction = field.selectionDirection ?? 'none';
  } catch {
    // No selection API on this input type.
  }
  return { field, value: field.value, selectionStart: start, selectionEnd: end, selectionDirection: direction };
}

/**
 * Puts a field back as it was at `snapshot` (value, then caret and selection), with an `input` event, as undoing
 * would (no event when the value is already the snapshot's). Nothing happens once the field left the page.
 */
export function restoreField(snapshot: FieldSnapshot): void {
  const { field } = snapshot;
  if (!field.isConnected) return;
  const changed = field.value !== snapshot.value;
  if (changed) setNativeValue(field, snapshot.value);
  try {
    field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd, snapshot.selectionDirection);
  } catch {
    // No selection API on this input type: the caret stays at the end.
  }
  if (!changed) return;
  const event =
    typeof InputEvent === 'function'
      ? new InputEvent('input', { bubbles: true, inputType: 'historyUndo' })
      : new Event('input', { bubbles: true });
  field.dispatchEvent(event);
}

/**
 * Inserts `text` at the caret (replacing the selection), as typing would: through the element's native value
 * setter (so React notices the change) and an `input` event. Read-only, disabled and full fields are left alone.
 */
export function insertText(field: TextField, text: string): void {
  if (!text || field.readOnly || field.disabled) return;
  const { start, end } = caret(field);
  const room = field.maxLength >= 0 ? field.maxLength - (field.value.length - (end - start)) : Number.POSITIVE_INFINITY;
  const inserted = room < text.length ? text.slice(0, Math.max(0, room)) : text;
  if (!inserted) return;
  setNativeValue(field, field.value.slice(0, start) + inserted + field.value.slice(end));
  try {
    field.setSelectionRange(start + inserted.length, start + inserted.length);
  } catch {
    // No selection API on this input type: the caret stays at the end.
  }
  const event =
    typeof InputEvent === 'function'
      ? new InputEvent('input', { bubbles: true, inputType: 'insertText', data: inserted })
      : new Event('input', { bubbles: true });
  field.dispatchEvent(event);
}

/** The character a key typed in the desk's own layout (`&` for `Digit1` on AZERTY), or '' for other keys. */
export function typedCharacter(key: string): string {
  return [...key].length === 1 ? key : '';
}
