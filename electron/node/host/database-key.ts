import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Browser mode's database key (the desktop app wraps its key with Electron's safeStorage instead):
 * either derived from a passphrase given at start (GUICHET_PASSPHRASE), or 32 random bytes in a key file
 * created with the database. A key is never created for a database that already exists.
 */
export const KEY_FILE_NAME = 'guichet.key';
export const SALT_FILE_NAME = 'guichet.sel';
const DATABASE_FILE_NAME = 'guichet.db';
/** scrypt cost for the passphrase: about 0.3 s once per start. */
const PASSPHRASE_SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };

export interface KeySource {
  dataDir: string;
  passphrase?: string;
  /** Key file location; defaults to `<dataDir>/guichet.key`. */
  keyFile?: string;
}

export function resolveDatabaseKey(source: KeySource): Buffer {
  const databaseExists = existsSync(path.join(source.dataDir, DATABASE_FILE_NAME));
  if (source.passphrase !== undefined && source.passphrase !== '') {
    return keyFromPassphrase(source.passphrase, path.join(source.dataDir, SALT_FILE_NAME), databaseExists);
  }
  return loadOrCreateKeyFile(source.keyFile ?? path.join(source.dataDir, KEY_FILE_NAME), databaseExists);
}

export function loadOrCreateKeyFile(file: string, databaseExists: boolean): Buffer {
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`Le fichier de clé ${file} est illisible (64 caractères hexadécimaux attendus).`);
    return key;
  }
  if (databaseExists) {
    throw new Error(
      `Le fichier de clé ${file} est introuvable alors que la base de données existe : remettez-le en place ou donnez la phrase secrète (GUICHET_PASSPHRASE).`,
    );
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function keyFromPassphrase(passphrase: string, saltFile: string, databaseExists: boolean): Buffer {
  if (passphrase.length < 12) throw new Error('La phrase secrète doit compter au moins 12 caractères.');
  let salt: Buffer;
  if (existsSync(saltFile)) {
    salt = Buffer.from(readFileSync(saltFile, 'utf8').trim(), 'hex');
  } else if (databaseExists) {
    throw new Error(`Le fichier ${saltFile} est introuvable : la phrase secrète ne peut pas ouvrir la base existante.`);
  } else {
    mkdirSync(path.dirname(saltFile), { recursive: true });
    salt = randomBytes(16);
    writeFileSync(saltFile, `${salt.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return scryptSync(passphrase.normalize('NFC'), salt, 32, PASSPHRASE_SCRYPT);
}
