import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrCreateDesktopKey, type SafeStorageLike } from '../../../electron/main/database-key';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

/** safeStorage as Electron offers it: bytes only this "account" (secret) can unwrap. */
function fakeSafeStorage(options: { secret?: number; backend?: string; available?: boolean } = {}): SafeStorageLike {
  const secret = options.secret ?? 0x5a;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.concat([Buffer.from('v11'), Buffer.from(text, 'utf8').map((byte) => byte ^ secret)]),
    decryptString: (wrapped) => {
      if (wrapped.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const text = Buffer.from(wrapped.subarray(3).map((byte) => byte ^ secret)).toString('utf8');
      if (!/^[0-9a-f]*$/.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
  };
}

let dir: string;
let keyFile: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'guichet-key-'));
  keyFile = path.join(dir, 'userData', 'guichet.key');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (safeStorage: SafeStorageLike, databaseExists = false, platform: NodeJS.Platform = 'linux') =>
  loadOrCreateDesktopKey({ safeStorage, keyFile, databaseExists, platform });

describe('desktop database key (safeStorage)', () => {
  it('is created once, wrapped, and unwrapped identically at the next start', () => {
    const storage = fakeSafeStorage();
    const random = vi.fn((size: number) => Buffer.alloc(size, 7));
    const first = loadOrCreateDesktopKey({ safeStorage: storage, keyFile, databaseExists: false, platform: 'linux', random });
    expect(first).toHaveLength(32);
    expect(random).toHaveBeenCalledOnce();
    const stored = readFileSync(keyFile, 'utf8');
    expect(stored).not.toContain(first.toString('hex'));
    expect(Buffer.from(stored.trim(), 'base64').subarray(0, 3).toString()).toBe('v11');
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o077).toBe(0);
    expect(readdirSync(path.dirname(keyFile))).toEqual(['guichet.key']);

    const second = load(storage, true);
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(keyFile, 'utf8')).toBe(stored);
  });

  it('refuses Linux’s basic_text storage with a French message pointing to browser mode', () => {
    expect(() => load(fakeSafeStorage({ backend: 'basic_text' }))).toThrow(/trousseau.*mode navigateur avec une phrase secrète/s);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('accepts basic_text’s name elsewhere than Linux only if encryption is available', () => {
    expect(load(fakeSafeStorage({ backend: 'basic_text' }), false, 'win32')).toHaveLength(32);
    rmSync(keyFile);
    expect(() => load(fakeSafeStorage({ available: false }), false, 'win32')).toThrow(/chiffrement du système n’est pas disponible/);
  });

  it('never overwrites a key file it cannot decrypt', () => {
    load(fakeSafeStorage({ secret: 0x11 }));
    const before = readFileSync(keyFile);
    expect(() => load(fakeSafeStorage({ secret: 0x22 }))).toThrow(/ne peut pas être déchiffré.*n’a pas été modifié/s);
    expect(readFileSync(keyFile).equals(before)).toBe(true);

    writeFileSync(keyFile, 'pas du base64 chiffré\n');
    expect(() => load(fakeSafeStorage())).toThrow(/ne peut pas être déchiffré/);
    expect(readFileSync(keyFile, 'utf8')).toBe('pas du base64 chiffré\n');
  });

  it('does not create a new key for an existing database', () => {
    expect(() => load(fakeSafeStorage(), true)).toThrow(/introuvable alors que la base existe/);
    expect(existsSync(keyFile)).toBe(false);
  });
});
