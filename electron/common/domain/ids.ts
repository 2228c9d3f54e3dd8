import { v7 as uuidv7 } from 'uuid';

/** Ids are UUIDv7: unique across desks and sortable by creation time. */
export type IdFactory = () => string;
export const newId: IdFactory = () => uuidv7();

const HEX_DIGITS = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const ID_LENGTH = 36;
/** getRandomValues gives at most 65,536 bytes per call. */
const RANDOM_CHUNK = 65_536;

/**
 * `count` UUIDv7 at once, for bulk writes (a stock delivery has hundreds of thousands of passes): one clock
 * reading, the random bytes drawn in large chunks, and all ids written as ASCII into one buffer decoded once
 * (each id is then a slice of that text, not a string built piece by piece). Within one call the ids are
 * strictly increasing: a counter from a random start fills `rand_a` and the top of `rand_b`, as RFC 9562 §6.2
 * allows; the last 48 bits are random.
 */
export function newIds(count: number, now: number = Date.now()): string[] {
  if (count <= 0) return [];
  const random = new Uint8Array(count * 6 + 2);
  for (let offset = 0; offset < random.length; offset += RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(random.subarray(offset, Math.min(offset + RANDOM_CHUNK, random.length)));
  }
  const ascii = new Uint8Array(count * ID_LENGTH);
  const timeHex = now.toString(16).padStart(12, '0');
  const prefix = [...`${timeHex.slice(0, 8)}-${timeHex.slice(8, 12)}-7`].map((c) => c.charCodeAt(0));
  const start = ((random[count * 6] as number) << 8) | (random[count * 6 + 1] as number);
  const nibble = (value: number, shift: number) => HEX_DIGITS[(value >>> shift) & 0xf] as number;
  for (let i = 0; i < count; i += 1) {
    const at = i * ID_LENGTH;
    ascii.set(prefix, at);
    const counter = start + i;
    const randA = (counter >>> 14) & 0xfff;
    const randB = (counter & 0x3fff) | 0x8000; // variant 10
    ascii[at + 15] = nibble(randA, 8);
    ascii[at + 16] = nibble(randA, 4);
    ascii[at + 17] = nibble(randA, 0);
    ascii[at + 18] = DASH;
    ascii[at + 19] = nibble(randB, 12);
    ascii[at + 20] = nibble(randB, 8);
    ascii[at + 21] = nibble(randB, 4);
    ascii[at + 22] = nibble(randB, 0);
    ascii[at + 23] = DASH;
    for (let b = 0; b < 6; b += 1) {
      const byte = random[i * 6 + b] as number;
      ascii[at + 24 + b * 2] = nibble(byte, 4);
      ascii[at + 25 + b * 2] = nibble(byte, 0);
    }
  }
  const text = new TextDecoder('ascii').decode(ascii);
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i += 1) ids[i] = text.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH);
  return ids;
}
