import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from '../../../db/database-open-error';
import type { BackendOptions } from '../../../electron/node/server/backend-types';
import { createBackend } from '../../../electron/node/server/create-backend';
import { runUtilityHost, type ParentPortLike } from '../../../electron/node/host/utility-host';
import { isMainToUtilityMessage, isUtilityToMainMessage, type UtilityToMainMessage } from '../../../electron/node/host/utility-protocol';
import type { MessagePortLike } from '../../../electron/node/transports/message-port.transport';
import { makeTempDir, MIGRATIONS_FOLDER, TEST_HASHING } from '../../support/test-backend';

/** process.parentPort as main drives it. */
function fakeParentPort() {
  const posted: UtilityToMainMessage[] = [];
  let listener: ((event: { data: unknown; ports: MessagePortLike[] }) => void) | null = null;
  const parentPort: ParentPortLike = {
    on: (_event, l) => {
      listener = l;
    },
    postMessage: (message) => posted.push(message),
  };
  return {
    parentPort,
    posted,
    send: (data: unknown, ports: MessagePortLike[] = []) => listener?.({ data, ports }),
    waitFor: (type: string) => vi.waitFor(() => {
      const found = posted.find((message) => message.type === type);
      if (!found) throw new Error(`no ${type} yet`);
      return found;
    }),
  };
}

function fakePort() {
  const sent: unknown[] = [];
  const listeners: Array<(event: { data: unknown }) => void> = [];
  const port: MessagePortLike & { closed: boolean } = {
    closed: false,
    on: ((event: string, listener: (event: { data: unknown }) => void) => {
      if (event === 'message') listeners.push(listener);
    }) as MessagePortLike['on'],
    postMessage: (message) => sent.push(message),
    start: () => undefined,
    close: () => {
      port.closed = true;
    },
  };
  return { port, sent, deliver: (data: unknown) => listeners.forEach((listener) => listener({ data })) };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function init() {
  const dataDir = makeTempDir('guichet-utility-');
  dirs.push(dataDir);
  return { type: 'init', keyHex: randomBytes(32).toString('hex'), dataDir, migrationsFolder: MIGRATIONS_FOLDER };
}

describe('utility process host', () => {
  it('opens the backend on init, reports ready, and serves a port handed before ready', async () => {
    const main = fakeParentPort();
    let hostOptions: BackendOptions | null = null;
    const exit = vi.fn();
    runUtilityHost({
      parentPort: main.parentPort,
      createBackend: (options) => {
        hostOptions = options;
        return createBackend({ ...options, passwordHashing: TEST_HASHING });
      },
      log: () => undefined,
      exit,
    });
    const early = fakePort();
    main.send({ type: 'connect' }, [early.port]); // before init: waits
    main.send(init());
    await main.waitFor('ready');
    expect(main.posted).toEqual([{ type: 'ready' }]);

    early.deliver({ v: 1, id: 1, method: 'app.status', input: {} });
    await vi.waitFor(() => expect(early.sent).toEqual([expect.objectContaining({ id: 1, ok: true })]));

    // The backend's host capabilities go to main as host.request and come back by id.
    const printing = hostOptions!.host!.printHtml({ html: '<p>Reçu</p>', printerName: 'TM-T20' });
    const request = await main.waitFor('host.request');
    expect(isUtilityToMainMessage(request)).toBe(true);
    expect(request).toMatchObject({ op: 'printHtml', args: [{ html: '<p>Reçu</p>', printerName: 'TM-T20' }] });
    main.send({ type: 'host.response', id: (request as { id: number }).id, ok: true, value: { ok: false, reason: 'Plus de papier.' } });
    await expect(printing).resolves.toEqual({ ok: false, reason: 'Plus de papier.' });

    main.send({ type: 'shutdown' });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(early.port.closed).toBe(true);
  });

  it('reports a refused database as fatal with its code and French message, and closes waiting ports', async () => {
    const main = fakeParentPort();
    runUtilityHost({
      parentPort: main.parentPort,
      createBackend: () => Promise.reject(new DatabaseOpenError('WRONG_KEY')),
      log: () => undefined,
      exit: () => undefined,
    });
    const waiting = fakePort();
    main.send({ type: 'connect' }, [waiting.port]);
    main.send(init());
    const fatal = await main.waitFor('fatal');
    expect(fatal).toEqual({ type: 'fatal', code: 'WRONG_KEY', message: expect.stringMatching(/ne s’ouvre pas avec cette clé/) });
    expect(waiting.port.closed).toBe(true);
    const late = fakePort();
    main.send({ type: 'connect' }, [late.port]);
    expect(late.port.closed).toBe(true);
  });

  it('reports any other start failure as START_FAILED', async () => {
    const main = fakeParentPort();
    runUtilityHost({ parentPort: main.parentPort, createBackend: () => Promise.reject(new Error('module natif absent')), log: () => undefined, exit: () => undefined });
    main.send(init());
    expect(await main.waitFor('fatal')).toEqual({ type: 'fatal', code: 'START_FAILED', message: 'module natif absent' });
  });

  it('ignores malformed messages from main', () => {
    expect(isMainToUtilityMessage({ type: 'init', keyHex: 'zz', dataDir: '/d', migrationsFolder: '/m' })).toBe(false);
    expect(isMainToUtilityMessage({ type: 'host.response', id: -1, ok: true, value: 1 })).toBe(false);
    expect(isMainToUtilityMessage({ type: 'eval', code: '1' })).toBe(false);
    expect(isMainToUtilityMessage(null)).toBe(false);
    expect(isUtilityToMainMessage({ type: 'host.request', id: 1, op: 'printHtml', args: [{ html: 3 }] })).toBe(false);
    const main = fakeParentPort();
    const createBackendSpy = vi.fn();
    runUtilityHost({ parentPort: main.parentPort, createBackend: createBackendSpy, log: () => undefined, exit: () => undefined });
    main.send({ type: 'init', keyHex: 'short', dataDir: '/d', migrationsFolder: '/m' });
    expect(createBackendSpy).not.toHaveBeenCalled();
  });
});
