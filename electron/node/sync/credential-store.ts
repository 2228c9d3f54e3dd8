import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Electron's safeStorage, offered by the desktop host (absent in browser mode). */
export interface SecretSealer {
  seal(plain: string): Promise<string>;
  unseal(sealed: string): Promise<string>;
}

export const CREDENTIAL_FILE = 'hub-credential.json';

interface StoredCredential {
  sealed: boolean;
  value: string;
}

/**
 * The desk's hub credential, kept outside the database: sealed with the operating system's key store by the
 * desktop app, or in a file readable only by its owner in browser mode (like the database key file).
 */
export class CredentialStore {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly sealer: SecretSealer | null,
  ) {
    this.file = path.join(dataDir, CREDENTIAL_FILE);
  }

  async read(): Promise<string | null> {
    if (!existsSync(this.file)) return null;
    const stored = JSON.parse(readFileSync(this.file, 'utf8')) as StoredCredential;
    if (!stored.sealed) return stored.value;
    if (!this.sealer) throw new Error('Identifiant du hub scellé par l’application de bureau : il ne peut pas être lu en mode navigateur.');
    return this.sealer.unseal(stored.value);
  }

  async write(credential: string): Promise<void> {
    const stored: StoredCredential = this.sealer ? { sealed: true, value: await this.sealer.seal(credential) } : { sealed: false, value: credential };
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored), { mode: 0o600 });
    renameSync(temporary, this.file);
  }

  remove(): void {
    rmSync(this.file, { force: true });
  }
}
