import type { MessagePortMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../electron/common/contract';
import { attachMessagePort, type MessagePortLike } from '../../../electron/node/transports/message-port.transport';
import { startTestBackend, type TestBackend } from '../../support/test-backend';

// Compile-time: Electron's MessagePortMain fits the structural port the backend expects.
const _fits: (port: MessagePortMain) => MessagePortLike = (port) => port;

/** A MessagePortMain stand-in: messages queue until start(), frames are structured-cloned. */
class FakePort implements MessagePortLike {
  readonly sent: ServerFrame[] = [];
  started = false;
  closed = false;
  #onMessage: Array<(event: { data: unknown }) => void> = [];
  #onClose: Array<() => void> = [];
  #waiters: Array<() => void> = [];

  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  on(event: 'message' | 'close', listener: ((event: { data: unknown }) => void) | (() => void)): void {
    if (event === 'message') this.#onMessage.push(listener as (event: { data: unknown }) => void);
    else this.#onClose.push(listener as () => void);
  }
  postMessage(message: unknown): void {
    this.sent.push(structuredClone(message) as ServerFrame);
    this.#waiters.splice(0).forEach((wake) => wake());
  }
  start(): void {
    this.started = true;
  }
  close(): void {
    this.closed = true;
  }
  /** The renderer side posts a frame. */
  deliver(data: unknown): void {
    this.#onMessage.forEach((listener) => listener({ data: structuredClone(data) }));
  }
  /** The renderer side went away. */
  remoteClosed(): void {
    this.#onClose.forEach((listener) => listener());
  }
  async nextFrame(): Promise<ServerFrame> {
    const count = this.sent.length;
    while (this.sent.length === count) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    return this.sent[count] as ServerFrame;
  }
}

let test: TestBackend;
beforeAll(async () => {
  test = await startTestBackend();
});
afterAll(async () => {
  await test.close();
});

describe('MessagePort carrier (backend side)', () => {
  it('answers a request frame with a response frame from the real backend', async () => {
    const port = new FakePort();
    attachMessagePort(test.backend, port);
    expect(port.started).toBe(true);
    const response = port.nextFrame();
    port.deliver({ v: 1, id: 41, method: 'app.status', input: {} });
    expect(await response).toMatchObject({ id: 41, ok: true, output: { setupDone: false } });
  });

  it('answers a malformed frame with a typed French error', async () => {
    const port = new FakePort();
    attachMessagePort(test.backend, port);
    const response = port.nextFrame();
    port.deliver({ hello: 'world' });
    const frame = await response;
    expect(frame).toMatchObject({ id: null, ok: false, error: { code: 'INVALID_FRAME' } });
  });

  it('stops answering once the renderer closed its end, and close() closes the port', async () => {
    const port = new FakePort();
    const attachment = attachMessagePort(test.backend, port);
    port.remoteClosed();
    port.deliver({ v: 1, id: 1, method: 'app.status', input: {} });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.sent).toEqual([]);
    attachment.close();
    expect(port.closed).toBe(true);
  });
});
