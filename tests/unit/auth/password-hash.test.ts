import { describe, expect, it } from 'vitest';
import { hashSecret, needsRehash, parseHash, verifySecret } from '../../../electron/node/app/auth/password-hash';

const CHEAP = { ln: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores the parameters with each hash and verifies only the right secret', async () => {
    const stored = await hashSecret('mot de passe très sûr', CHEAP);
    expect(stored).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect(await verifySecret('mot de passe très sûr', stored)).toBe(true);
    expect(await verifySecret('mot de passe tres sur', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const a = await hashSecret('même secret', CHEAP);
    const b = await hashSecret('même secret', CHEAP);
    expect(a).not.toBe(b);
    expect(parseHash(a)?.salt.equals(parseHash(b)!.salt)).toBe(false);
  });

  it('treats the same text typed in composed or decomposed Unicode as the same password', async () => {
    const stored = await hashSecret('Hélène', CHEAP);
    expect(await verifySecret('He\u0301le\u0300ne', stored)).toBe(true);
    expect(await verifySecret('Helene', stored)).toBe(false);
  });

  it('asks for a rehash when the stored cost is below the current one, and rejects garbage', async () => {
    const old = await hashSecret('secret-secret', CHEAP);
    expect(needsRehash(old, { ln: 16, r: 8, p: 1 })).toBe(true);
    expect(needsRehash(old, CHEAP)).toBe(false);
    expect(await verifySecret('secret-secret', 'plain text')).toBe(false);
    expect(await verifySecret('x', '$scrypt$ln=40,r=8,p=1$AAAA$AAAA')).toBe(false);
  });
});
