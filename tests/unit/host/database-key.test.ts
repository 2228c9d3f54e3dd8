import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, resolveDatabaseKey } from '../../../electron/node/host/database-key';
import { makeTempDir } from '../../support/test-backend';

describe('browser-mode database key', () => {
  it('creates a 32-byte key file readable by its owner only, then reuses it', () => {
    const dataDir = makeTempDir();
    const key = resolveDatabaseKey({ dataDir });
    expect(key).toHaveLength(32);
    expect(statSync(path.join(dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(resolveDatabaseKey({ dataDir }).equals(key)).toBe(true);
  });

  it('never makes a new key for a database that already exists', () => {
    const dataDir = makeTempDir();
    writeFileSync(path.join(dataDir, 'guichet.db'), 'existing');
    expect(() => resolveDatabaseKey({ dataDir })).toThrow(/fichier de clé .* introuvable/);
  });

  it('derives the same key from the same passphrase, another from another', () => {
    const dataDir = makeTempDir();
    const first = resolveDatabaseKey({ dataDir, passphrase: 'la médiathèque ouvre à 9 h' });
    expect(resolveDatabaseKey({ dataDir, passphrase: 'la médiathèque ouvre à 9 h' }).equals(first)).toBe(true);
    expect(resolveDatabaseKey({ dataDir, passphrase: 'la médiathèque ouvre à 10 h' }).equals(first)).toBe(false);
  });

  it('refuses a short passphrase in French', () => {
    expect(() => resolveDatabaseKey({ dataDir: makeTempDir(), passphrase: 'court' })).toThrow(/au moins 12 caractères/);
  });
});
