import {
  PROTOCOL_VERSION,
  ServerFrame,
  events as eventSchemas,
  type EventName,
  type EventPayload,
  type Input,
  type MethodName,
  type Output,
} from '../../../electron/common/contract';
import type { Carrier, CarrierConnection } from './carrier';
import { ClientError } from './client-error';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'refused';

export interface CallOptions {
  timeoutMs?: number;
}

export interface GuichetClient {
  call<M extends MethodName>(method: M, input: Input<M>, options?: CallOptions): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  getState(): ConnectionState;
  /** How many times the connection has opened; a new value means a new backend connection (no session). */
  getGeneration(): number;
  /** The backend's refusal (bad token, foreign origin) when the state is 'refused'. */
  getRefusal(): ClientError | null;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  /** Every failed call, so that the app can react to UNAUTHENTICATED or SESSION_LOCKED in one place. */
  onCallError(listener: (error: ClientError, method: MethodName) => void): () => void;
  start(): void;
  close(): void;
}

export interface ClientOptions {
  carrier: Carrier;
  timeoutMs?: number;
  /** Delay before reconnect attempt `attempt` (0-based). */
  backoffMs?: (attempt: number) => number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/** Capped exponential backoff with jitter: about 0.5 s, 1 s, 2 s, 4 s, then 8 s at most. */
export function defaultBackoff(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(8_000, 500 * 2 ** attempt);
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface Pending {
  method: MethodName;
  resolve(output: unknown): void;
  reject(error: ClientError): void;
  timer: ReturnType<typeof setTimeout>;
}

/** The one typed client of the backend contract, over whichever carrier the page has. */
export function createClient(options: ClientOptions): GuichetClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff = options.backoffMs ?? ((attempt: number) => defaultBackoff(attempt));
  const pending = new Map<number, Pending>();
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  const errorListeners = new Set<(error: ClientError, method: MethodName) => void>();
  let state: ConnectionState = 'connecting';
  let generation = 0;
  let refusal: ClientError | null = null;
  let connection: CarrierConnection | null = null;
  let nextId = 1;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...stateListeners]) listener(next);
  };

  const fail = (entry: Pending, error: ClientError) => {
    clearTimeout(entry.timer);
    entry.reject(error);
    for (const listener of [...errorListeners]) listener(error, entry.method);
  };

  const failAllPending = () => {
    const entries = [...pending.values()];
    pending.clear();
    for (const entry of entries) fail(entry, new ClientError('DISCONNECTED'));
  };

  const handleFrame = (raw: unknown) => {
    const parsed = ServerFrame.safeParse(raw);
    if (!parsed.success) return;
    const frame = parsed.data;
    if ('event' in frame) {
      const schema = (eventSchemas as Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>)[frame.event];
      const payload = schema?.safeParse(frame.payload);
      if (!payload?.success) return;
      for (const listener of [...(eventListeners.get(frame.event) ?? [])]) listener(payload.data);
      return;
    }
    if (frame.id === null) return;
    const entry = pending.get(frame.id);
    if (!entry) return;
    pending.delete(frame.id);
    if (frame.ok) {
      clearTimeout(entry.timer);
      entry.resolve(frame.output);
    } else {
      fail(entry, ClientError.fromWire(frame.error));
    }
  };

  const connect = () => {
    reconnectTimer = null;
    if (stopped) return;
    const current = options.carrier.connect({
      onOpen: () => {
        if (connection !== current) return;
        attempt = 0;
        generation += 1;
        setState('open');
      },
      onFrame: (frame) => {
        if (connection === current) handleFrame(frame);
      },
      onClose: (info) => {
        if (connection !== current) return;
        connection = null;
        failAllPending();
        if (info.refused) {
          refusal = ClientError.fromWire(info.refused);
          setState('refused');
          return;
        }
        setState('reconnecting');
        if (!stopped) reconnectTimer = setTimeout(connect, backoff(attempt++));
      },
    });
    connection = current;
  };

  return {
    call<M extends MethodName>(method: M, input: Input<M>, callOptions?: CallOptions): Promise<Output<M>> {
      return new Promise<Output<M>>((resolve, reject) => {
        if (state !== 'open' || !connection) {
          const error = new ClientError('DISCONNECTED');
          for (const listener of [...errorListeners]) listener(error, method);
          reject(error);
          return;
        }
        const id = nextId++;
        const timer = setTimeout(() => {
          const entry = pending.get(id);
          if (!entry) return;
          pending.delete(id);
          fail(entry, new ClientError('TIMEOUT'));
        }, callOptions?.timeoutMs ?? timeoutMs);
        pending.set(id, { method, resolve: resolve as (output: unknown) => void, reject, timer });
        try {
          connection.send({ v: PROTOCOL_VERSION, id, method, input });
        } catch {
          const entry = pending.get(id);
          pending.delete(id);
          if (entry) fail(entry, new ClientError('DISCONNECTED'));
        }
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = eventListeners.get(event) ?? new Set();
      eventListeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    getState: () => state,
    getGeneration: () => generation,
    getRefusal: () => refusal,
    onStateChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onCallError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    start() {
      if (connection || reconnectTimer || state === 'refused') return;
      stopped = false;
      connect();
    },
    close() {
      stopped = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      reconnectTimer = null;
      const current = connection;
      connection = null;
      current?.close();
      failAllPending();
    },
  };
}
