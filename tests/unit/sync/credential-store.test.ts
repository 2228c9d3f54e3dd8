import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostProxy } from '../../../electron/node/host/host-proxy';
import { isUtilityToMainMessage, type HostRequestMessage } from '../../../electron/node/host/utility-protocol';
import { CREDENTIAL_FILE, CredentialStore } from '../../../electron/node/sync/credential-store';
import { makeTempDir } from '../../support/test-backend';

const CREDENTIAL = '0197a000-0000-7000-8000-000000000001.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA';

describe('the hub credential on the desk', () => {
  it('browser mode: a file only its owner reads', async () => {
    const dir = makeTempDir();
    const store = new CredentialStore(dir, null);
    expect(await store.read()).toBeNull();
    await store.write(CREDENTIAL);
    expect(await store.read()).toBe(CREDENTIAL);
    expect(statSync(path.join(dir, CREDENTIAL_FILE)).mode & 0o077).toBe(0);
  });

  it('desktop: sealed by Electron main through the utility protocol; the file never holds it in clear', async () => {
    const dir = makeTempDir();
    const sent: HostRequestMessage[] = [];
    // Electron main's side, with a reversible stand-in for safeStorage.
    const proxy = createHostProxy((message) => {
      expect(isUtilityToMainMessage(message)).toBe(true);
      sent.push(message);
      const value = message.op === 'sealSecret' ? Buffer.from([...(message.args[0] as string)].reverse().join('')).toString('base64') : [...Buffer.from(message.args[0] as string, 'base64').toString()].reverse().join('');
      queueMicrotask(() => proxy.handleResponse({ type: 'host.response', id: message.id, ok: true, value }));
    });
    const sealer = { seal: (plain: string) => proxy.capabilities.sealSecret!(plain), unseal: (sealed: string) => proxy.capabilities.unsealSecret!(sealed) };
    const store = new CredentialStore(dir, sealer);
    await store.write(CREDENTIAL);
    expect(readFileSync(path.join(dir, CREDENTIAL_FILE), 'utf8')).not.toContain(CREDENTIAL.slice(37));
    expect(await store.read()).toBe(CREDENTIAL);
    expect(sent.map((message) => message.op)).toEqual(['sealSecret', 'unsealSecret']);
    // Opened in browser mode, the sealed file is refused with a clear message.
    await expect(new CredentialStore(dir, null).read()).rejects.toThrow(/scellé par l’application de bureau/);
  });

  it('a key store that fails is reported, never silently replaced by a clear-text file', async () => {
    const proxy = createHostProxy((message) => queueMicrotask(() => proxy.handleResponse({ type: 'host.response', id: message.id, ok: false, reason: 'trousseau verrouillé' })));
    const store = new CredentialStore(makeTempDir(), { seal: (plain) => proxy.capabilities.sealSecret!(plain), unseal: (sealed) => proxy.capabilities.unsealSecret!(sealed) });
    await expect(store.write(CREDENTIAL)).rejects.toThrow(/trousseau verrouillé/);
    expect(await store.read()).toBeNull();
  });
});
