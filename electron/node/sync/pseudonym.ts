import { createHmac } from 'node:crypto';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/**
 * The pseudonym a person carries in uploads: base32(HMAC-SHA256(key, local id))[:20] (research/reliability.md §4.5).
 * The key is this desk's and never leaves it (it travels only inside the encrypted database and its backups), so the
 * hub can count the same person twice on one desk's figures but never tell who they are.
 */
export function pseudonymOf(key: Buffer, localId: string): string {
  return base32(createHmac('sha256', key).update(localId, 'utf8').digest()).slice(0, 20);
}
