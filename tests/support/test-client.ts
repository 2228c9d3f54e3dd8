import { MessageChannel } from 'node:worker_threads';
import WebSocket from 'ws';
import {
  ServerFrame,
  type ErrorCode,
  type EventFrame,
  type Input,
  type MethodName,
  type Output,
  type ResponseFrame,
} from '../../electron/common/contract';
import type { Backend } from '../../electron/node/server/backend-types';
import { connectInProcess } from '../../electron/node/transports/in-process.transport';
import { attachMessagePort, type MessagePortLike } from '../../electron/node/transports/message-port.transport';

export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The same client over every carrier, so one suite checks that they behave alike. */
export interface TestClient {
  readonly carrier: string;
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Sends anything and returns the next response frame (for malformed frames). */
  sendRaw(raw: unknown): Promise<ResponseFrame>;
  readonly events: EventFrame[];
  close(): void;
}

function makeClient(
  carrier: string,
  send: (raw: unknown) => void,
  subscribe: (listener: (frame: ServerFrame) => void) => void,
  close: () => void,
): TestClient {
  let nextId = 1;
  const waiting = new Map<number | null, Array<(frame: ResponseFrame) => void>>();
  const events: EventFrame[] = [];
  /** Frames that arrived before anyone waited for them (a refusal sent right after the handshake). */
  const unclaimed: ResponseFrame[] = [];
  subscribe((frame) => {
    if ('event' in frame) {
      events.push(frame);
      return;
    }
    const queue = waiting.get(frame.id) ?? waiting.get(null);
    const resolve = queue?.shift();
    if (resolve) resolve(frame);
    else unclaimed.push(frame);
  });
  const expect = (id: number | null) =>
    new Promise<ResponseFrame>((resolve) => {
      const early = unclaimed.findIndex((frame) => id === null || frame.id === id);
      if (early >= 0) {
        resolve(unclaimed.splice(early, 1)[0] as ResponseFrame);
        return;
      }
      const queue = waiting.get(id) ?? [];
      queue.push(resolve);
      waiting.set(id, queue);
    });
  return {
    carrier,
    events,
    async call(method, input) {
      const id = nextId++;
      const response = expect(id);
      send({ v: 1, id, method, input });
      const frame = await response;
      waiting.delete(id);
      if (!frame.ok) throw new CallError(frame.error.code, frame.error.message, frame.error.fields);
      return frame.output as never;
    },
    async sendRaw(raw) {
      const response = expect(null);
      send(raw);
      return response;
    },
    close,
  };
}

export function inProcessClient(backend: Backend): TestClient {
  const carrier = connectInProcess(backend);
  return makeClient('in-process', (raw) => carrier.send(raw), (listener) => carrier.onFrame(listener), () => carrier.close());
}

/** A WebSocket client as the browser page is: the right Origin and the start-up token unless told otherwise. */
export async function webSocketClient(
  port: number,
  token: string | null,
  origin = `http://127.0.0.1:${port}`,
): Promise<TestClient & { socket: WebSocket; closed: Promise<number> }> {
  const url = `ws://127.0.0.1:${port}/ws${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
  const socket = new WebSocket(url, { origin });
  const listeners: Array<(frame: ServerFrame) => void> = [];
  const beforeSubscribe: ServerFrame[] = [];
  socket.on('message', (data) => {
    const frame = ServerFrame.parse(JSON.parse(String(data)));
    if (listeners.length === 0) beforeSubscribe.push(frame);
    listeners.forEach((listener) => listener(frame));
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const client = makeClient(
    'websocket',
    (raw) => socket.send(typeof raw === 'string' ? raw : JSON.stringify(raw)),
    (listener) => {
      listeners.push(listener);
      beforeSubscribe.splice(0).forEach(listener);
    },
    () => socket.close(),
  );
  return Object.assign(client, { socket, closed });
}

/**
 * The desktop carrier as Electron wires it: a MessageChannel whose backend end is attached with
 * attachMessagePort (Node's MessagePort adapted to MessagePortMain's `{data}` events), frames as
 * structured-clone objects.
 */
export function messagePortClient(backend: Backend): TestClient {
  const channel = new MessageChannel();
  const backendEnd: MessagePortLike = {
    on(event: 'message' | 'close', listener: (event: { data: unknown }) => void) {
      if (event === 'message') channel.port1.on('message', (data: unknown) => listener({ data }));
      else channel.port1.on('close', () => (listener as () => void)());
    },
    postMessage: (message) => channel.port1.postMessage(message),
    start: () => channel.port1.start(),
    close: () => channel.port1.close(),
  } as MessagePortLike;
  attachMessagePort(backend, backendEnd);
  const rendererEnd = channel.port2;
  return makeClient(
    'message-port',
    (raw) => rendererEnd.postMessage(raw),
    (listener) => rendererEnd.on('message', (data: unknown) => listener(ServerFrame.parse(data))),
    () => rendererEnd.close(),
  );
}
