/**
 * Putting a person's held keystrokes back where they were typed. The keyboard-wedge listener holds printable
 * keys for a few milliseconds (until it knows whether a scanner or a person typed them); a person's keys are then
 * inserted here, at the caret, with an `input` event that React's controlled fields see.
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
  const next = field.value.slice(0, start) + inserted + field.value.slice(end);
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, next);
  else field.value = next;
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
