import type { Backend, BackendOptions } from '../server/backend-types';
import { attachMessagePort, type MessagePortAttachment, type MessagePortLike } from '../transports/message-port.transport';
import { createHostProxy } from './host-proxy';
import {
  fatalFrom,
  isMainToUtilityMessage,
  type InitMessage,
  type UtilityToMainMessage,
} from './utility-protocol';

/** Electron's `process.parentPort` inside a utility process, typed structurally (no 'electron' import). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: MessagePortLike[] }) => void): void;
  postMessage(message: UtilityToMainMessage): void;
}

export interface UtilityHostDeps {
  parentPort: ParentPortLike;
  createBackend(options: BackendOptions): Promise<Backend>;
  log(line: string): void;
  exit(code: number): void;
}

type State = 'waiting-init' | 'starting' | 'ready' | 'fatal' | 'closing';

/**
 * The backend's life inside the utility process: waits for `init`, opens the backend (the database key comes
 * from main, which holds it wrapped by safeStorage), answers `ready` or `fatal`, then attaches every port
 * main hands over. Ports that arrive while the database is still opening wait, with their queued requests.
 */
export function runUtilityHost(deps: UtilityHostDeps): void {
  const { parentPort, log } = deps;
  let state: State = 'waiting-init';
  let backend: Backend | null = null;
  let starting: Promise<void> | null = null;
  const waitingPorts: MessagePortLike[] = [];
  const attachments = new Set<MessagePortAttachment>();
  const proxy = createHostProxy((message) => parentPort.postMessage(message));

  const attach = (port: MessagePortLike) => {
    if (!backend) return;
    const attachment = attachMessagePort(backend, port, { onClose: () => attachments.delete(attachment) });
    attachments.add(attachment);
  };

  async function start(init: InitMessage): Promise<void> {
    const key = Buffer.from(init.keyHex, 'hex');
    try {
      backend = await deps.createBackend({
        dataDir: init.dataDir,
        key,
        migrationsFolder: init.migrationsFolder,
        host: proxy.capabilities,
        log,
      });
    } catch (error) {
      if (state === 'closing') return;
      state = 'fatal';
      waitingPorts.splice(0).forEach((port) => port.close());
      const fatal = fatalFrom(error);
      log(`Démarrage impossible (${fatal.code}) : ${fatal.message}`);
      parentPort.postMessage(fatal);
      return;
    }
    // Asked to stop while the database was opening: shutdown() closes it.
    if (state !== 'starting') return;
    state = 'ready';
    waitingPorts.splice(0).forEach(attach);
    parentPort.postMessage({ type: 'ready' });
  }

  async function shutdown(): Promise<void> {
    if (state === 'closing') return;
    state = 'closing';
    proxy.dispose();
    for (const attachment of [...attachments]) attachment.close();
    waitingPorts.splice(0).forEach((port) => port.close());
    try {
      await starting;
      await backend?.close();
    } catch (error) {
      log(`Fermeture de la base incomplète : ${error instanceof Error ? error.message : String(error)}`);
    }
    deps.exit(0);
  }

  parentPort.on('message', (event) => {
    const message = event.data;
    if (!isMainToUtilityMessage(message)) {
      log('Message inattendu de l’application ignoré.');
      return;
    }
    switch (message.type) {
      case 'init':
        if (state !== 'waiting-init') return;
        state = 'starting';
        starting = start(message);
        return;
      case 'connect': {
        const port = event.ports[0];
        if (!port) return;
        if (state === 'ready') attach(port);
        else if (state === 'waiting-init' || state === 'starting') waitingPorts.push(port);
        else port.close();
        return;
      }
      case 'host.response':
        proxy.handleResponse(message);
        return;
      case 'shutdown':
        void shutdown();
        return;
    }
  });
}
