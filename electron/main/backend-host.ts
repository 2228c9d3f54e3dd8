import { MessageChannelMain, utilityProcess, type MessagePortMain } from 'electron';
import { PORT_MESSAGE } from '../common/contract/desktop-bridge';
import type { HostCapabilities } from '../node/host/host-capabilities';
import {
  isUtilityToMainMessage,
  type FatalMessage,
  type HostRequestMessage,
  type HostResponseMessage,
  type InitMessage,
  type MainToUtilityMessage,
} from '../node/host/utility-protocol';
import { DEFAULT_BACKOFF, nextRestart, type BackoffPolicy } from './restart-backoff';

/** Electron's UtilityProcess as this file uses it (structural, so tests can fake it). */
export interface UtilityLike<P> {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: MainToUtilityMessage, transfer?: P[]): void;
  kill(): boolean;
}

/** A renderer that receives a port: Electron's WebContents. */
export interface PortTarget<P> {
  postMessage(channel: string, message: unknown, transfer?: P[]): void;
  isDestroyed(): boolean;
}

export type BackendHostState = 'idle' | 'starting' | 'ready' | 'restarting' | 'fatal' | 'stopping' | 'stopped';

export interface BackendHostDeps<P> {
  fork(): UtilityLike<P>;
  createChannel(): { port1: P; port2: P };
  init: Omit<InitMessage, 'type'>;
  /** Main's own capabilities (OS printing), offered to the backend through `host.request`. */
  host: HostCapabilities;
  /** The backend refused to start (wrong key, newer database…): told once, never retried. */
  onFatal(failure: Omit<FatalMessage, 'type'>): void;
  onReady?(): void;
  log(line: string): void;
  now?(): number;
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  backoff?: BackoffPolicy;
}

async function runHostOperation(request: HostRequestMessage, host: HostCapabilities): Promise<unknown> {
  switch (request.op) {
    case 'printHtml':
      return host.printHtml(request.args[0]);
    case 'listPrinters':
      return host.listPrinters();
    case 'sealSecret':
    case 'unsealSecret': {
      const operation = host[request.op];
      if (!operation) throw new Error('Coffre-fort du système absent.');
      return operation.call(host, request.args[0]);
    }
  }
}

/** Runs one host operation for the backend; never throws (a failure is an `ok: false` response). */
export async function handleHostRequest(request: HostRequestMessage, host: HostCapabilities): Promise<HostResponseMessage> {
  try {
    const value = await runHostOperation(request, host);
    return { type: 'host.response', id: request.id, ok: true, value };
  } catch (error) {
    return { type: 'host.response', id: request.id, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Keeps the backend's utility process alive and connected to the windows. Every window load gets a fresh
 * MessageChannel: one end to the utility (`connect`), the other to the page (`PORT_MESSAGE`). An unexpected
 * exit restarts the utility after a capped exponential delay and hands every window a new port; a `fatal`
 * report (the database was refused) is told once and the utility is not restarted.
 */
export class BackendHost<P> {
  #state: BackendHostState = 'idle';
  #child: UtilityLike<P> | null = null;
  #attempt = 0;
  #readyAt: number | null = null;
  #restartTimer: unknown = null;
  #targets = new Set<PortTarget<P>>();
  #stopped: Array<() => void> = [];
  readonly #deps: Required<Pick<BackendHostDeps<P>, 'now' | 'setTimer' | 'clearTimer' | 'backoff'>> & BackendHostDeps<P>;

  constructor(deps: BackendHostDeps<P>) {
    this.#deps = {
      now: () => Date.now(),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      backoff: DEFAULT_BACKOFF,
      ...deps,
    };
  }

  get state(): BackendHostState {
    return this.#state;
  }

  start(): void {
    if (this.#state === 'idle') this.#spawn();
  }

  /** A window (re)loaded its page: give it a port now, or as soon as a utility runs. */
  handOver(target: PortTarget<P>): void {
    this.#targets.add(target);
    if (this.#child && (this.#state === 'starting' || this.#state === 'ready')) this.#connect(this.#child, target);
  }

  detach(target: PortTarget<P>): void {
    this.#targets.delete(target);
  }

  /** Asks the utility to close the database, then waits for it to exit (killing it after `timeoutMs`). */
  stop(timeoutMs = 5_000): Promise<void> {
    if (this.#restartTimer !== null) {
      this.#deps.clearTimer(this.#restartTimer);
      this.#restartTimer = null;
    }
    const child = this.#child;
    if (!child) {
      this.#state = 'stopped';
      return Promise.resolve();
    }
    if (this.#state !== 'stopping') {
      this.#state = 'stopping';
      try {
        child.postMessage({ type: 'shutdown' });
      } catch {
        child.kill();
      }
    }
    return new Promise<void>((resolve) => {
      const timer = this.#deps.setTimer(() => {
        child.kill();
        resolve();
      }, timeoutMs);
      this.#stopped.push(() => {
        this.#deps.clearTimer(timer);
        resolve();
      });
    });
  }

  #spawn(): void {
    const child = this.#deps.fork();
    this.#child = child;
    this.#state = 'starting';
    this.#readyAt = null;
    child.on('message', (message) => this.#onMessage(child, message));
    child.on('exit', (code) => this.#onExit(child, code));
    child.postMessage({ type: 'init', ...this.#deps.init });
    for (const target of this.#targets) this.#connect(child, target);
  }

  #connect(child: UtilityLike<P>, target: PortTarget<P>): void {
    if (target.isDestroyed()) {
      this.#targets.delete(target);
      return;
    }
    const { port1, port2 } = this.#deps.createChannel();
    child.postMessage({ type: 'connect' }, [port1]);
    target.postMessage(PORT_MESSAGE, null, [port2]);
  }

  #onMessage(child: UtilityLike<P>, message: unknown): void {
    if (child !== this.#child) return;
    if (!isUtilityToMainMessage(message)) {
      this.#deps.log('Message inattendu du moteur ignoré.');
      return;
    }
    switch (message.type) {
      case 'ready':
        if (this.#state !== 'starting') return;
        this.#state = 'ready';
        this.#readyAt = this.#deps.now();
        this.#deps.onReady?.();
        return;
      case 'fatal':
        if (this.#state === 'fatal' || this.#state === 'stopping') return;
        this.#state = 'fatal';
        this.#deps.log(`Le moteur a refusé de démarrer (${message.code}) : ${message.message}`);
        child.kill();
        this.#deps.onFatal({ code: message.code, message: message.message });
        return;
      case 'host.request':
        void handleHostRequest(message, this.#deps.host).then((response) => {
          if (child !== this.#child) return;
          try {
            child.postMessage(response);
          } catch {
            // The utility is exiting; its restart will not expect this answer.
          }
        });
        return;
    }
  }

  #onExit(child: UtilityLike<P>, code: number): void {
    if (child !== this.#child) return;
    this.#child = null;
    if (this.#state === 'stopping' || this.#state === 'stopped') {
      this.#state = 'stopped';
      this.#stopped.splice(0).forEach((resolve) => resolve());
      return;
    }
    if (this.#state === 'fatal') return;
    const decision = nextRestart(this.#attempt, this.#readyAt, this.#deps.now(), this.#deps.backoff);
    this.#attempt = decision.nextAttempt;
    this.#state = 'restarting';
    this.#deps.log(`Le moteur s’est arrêté (code ${code}) : redémarrage dans ${decision.delayMs} ms.`);
    this.#restartTimer = this.#deps.setTimer(() => {
      this.#restartTimer = null;
      if (this.#state === 'restarting') this.#spawn();
    }, decision.delayMs);
  }
}

/** The BackendHost of the desktop app: `utilityProcess.fork(modulePath)` and MessageChannelMain. */
export function createElectronBackendHost(
  options: { modulePath: string } & Omit<BackendHostDeps<MessagePortMain>, 'fork' | 'createChannel'>,
): BackendHost<MessagePortMain> {
  const { modulePath, ...deps } = options;
  return new BackendHost<MessagePortMain>({
    ...deps,
    fork: () => utilityProcess.fork(modulePath, [], { serviceName: 'Guichet (moteur)', stdio: 'inherit' }),
    createChannel: () => new MessageChannelMain(),
  });
}
