import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** sha256 as hex: what the hub keeps of desk secrets and enrollment codes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A desk's secret: 32 random bytes, base64url. */
export function newDeskSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function credentialOf(deskId: string, secret: string): string {
  return `${deskId}.${secret}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Bearer <deskId>.<secret>` → its parts; undefined when malformed. */
export function parseBearer(header: string | undefined): { deskId: string; secret: string } | undefined {
  const match = /^Bearer\s+([^.\s]+)\.([A-Za-z0-9_-]{16,100})$/.exec(header?.trim() ?? '');
  if (!match?.[1] || !match[2] || !UUID.test(match[1])) return undefined;
  return { deskId: match[1].toLowerCase(), secret: match[2] };
}

/** Compares a secret with the stored sha256 hex in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(sha256Hex(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

// Enrollment codes: 4 groups of 4 base32 characters (80 random bits), easy to read out and type.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newEnrollmentCode(): string {
  const chars = Array.from({ length: 16 }, () => BASE32[randomInt(BASE32.length)]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The code as typed (any case, spaces or dashes) → the canonical form that is hashed. */
export function normalizeEnrollmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

export function enrollmentCodeHash(code: string): string {
  return sha256Hex(normalizeEnrollmentCode(code));
}
