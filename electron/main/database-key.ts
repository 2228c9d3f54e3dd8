import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The desktop app's database key: 32 random bytes, wrapped by Electron's safeStorage (DPAPI on Windows,
 * the Secret Service or KWallet on Linux, the Keychain on macOS) and stored as base64 in
 * `<userData>/guichet.key`. Only this account on this computer can unwrap it. A key file that cannot be
 * unwrapped is never replaced: the database it opens would be lost.
 */
export const DESKTOP_KEY_FILE_NAME = 'guichet.key';

/** Electron's safeStorage, as used here (tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export interface DesktopKeyOptions {
  safeStorage: SafeStorageLike;
  keyFile: string;
  /** True when a database already exists: a new key would not open it. */
  databaseExists: boolean;
  platform: NodeJS.Platform;
  random?: (size: number) => Buffer;
}

export class DesktopKeyError extends Error {
  override readonly name = 'DesktopKeyError';
}

const BROWSER_MODE_HINT =
  'Utilisez le mode navigateur avec une phrase secrète (npm run serve, variable GUICHET_PASSPHRASE) ou installez un trousseau (GNOME Keyring, KWallet).';

/** Refuses the storages that would leave the key readable by anyone who copies the file. */
export function assertSecureStorage(safeStorage: SafeStorageLike, platform: NodeJS.Platform): void {
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    throw new DesktopKeyError(
      `Aucun trousseau sécurisé n’est disponible sur ce poste : la clé de la base de données serait stockée presque en clair. ${BROWSER_MODE_HINT}`,
    );
  }
  if (!safeStorage.isEncryptionAvailable()) {
    throw new DesktopKeyError(
      `Le chiffrement du système n’est pas disponible : la clé de la base de données ne peut pas être protégée. ${BROWSER_MODE_HINT}`,
    );
  }
}

/** Reads the wrapped key, or creates it when neither the key nor the database exists yet. */
export function loadOrCreateDesktopKey(options: DesktopKeyOptions): Buffer {
  const { safeStorage, keyFile } = options;
  assertSecureStorage(safeStorage, options.platform);

  if (existsSync(keyFile)) return unwrapKeyFile(safeStorage, keyFile);

  if (options.databaseExists) {
    throw new DesktopKeyError(
      `La clé de la base de données (${keyFile}) est introuvable alors que la base existe : remettez le fichier en place. Aucune nouvelle clé n’a été créée.`,
    );
  }
  const key = (options.random ?? randomBytes)(32);
  const wrapped = safeStorage.encryptString(key.toString('hex'));
  // Checked before anything is written: a key that does not come back would lock the database for good.
  if (safeStorage.decryptString(wrapped) !== key.toString('hex')) {
    throw new DesktopKeyError('Le trousseau du système a rendu une clé différente : rien n’a été enregistré.');
  }
  writeNewFile(keyFile, `${wrapped.toString('base64')}\n`);
  return key;
}

function unwrapKeyFile(safeStorage: SafeStorageLike, keyFile: string): Buffer {
  const unreadable = (detail: string) =>
    new DesktopKeyError(
      `Le fichier de clé ${keyFile} ne peut pas être déchiffré sur ce poste ou par ce compte (${detail}). Il n’a pas été modifié : ouvrez Guichet avec le compte qui l’a créé, ou restaurez la sauvegarde avec sa clé.`,
    );
  let hex: string;
  try {
    const wrapped = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    if (wrapped.length === 0) throw new Error('fichier vide');
    hex = safeStorage.decryptString(wrapped);
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw unreadable('contenu inattendu');
  return Buffer.from(hex, 'hex');
}

/** Writes a file that must not exist yet, completely or not at all (temporary file, fsync, hard link). */
function writeNewFile(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, file); // Fails if the file appeared meanwhile: never overwrites.
  } finally {
    unlinkSync(temporary);
  }
}
