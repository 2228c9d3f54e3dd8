import type { Carrier, CarrierConnection, CarrierHandlers } from './carrier';
import { PORT_MESSAGE } from './desktop-bridge';

/**
 * Electron: the preload posts `PORT_MESSAGE` to the page with a MessagePort; frames are structured-clone
 * objects. Listening starts at creation so that a port posted before React mounts is not lost. A new port
 * (backend restarted) replaces the current connection.
 */
export function createMessagePortCarrier(target: Window = window): Carrier {
  let port: MessagePort | null = null;
  let active: { handlers: CarrierHandlers; port: MessagePort | null } | null = null;

  const bind = (connection: { handlers: CarrierHandlers; port: MessagePort | null }, next: MessagePort) => {
    connection.port = next;
    next.onmessage = (event: MessageEvent) => connection.handlers.onFrame(event.data);
    next.addEventListener('close', () => {
      if (active === connection && connection.port === next) {
        active = null;
        connection.handlers.onClose({});
      }
    });
    next.start();
    connection.handlers.onOpen();
  };

  target.addEventListener('message', (event: MessageEvent) => {
    if (event.data !== PORT_MESSAGE || !event.ports[0]) return;
    const next = event.ports[0];
    const previous = port;
    port = next;
    if (!active) return;
    if (active.port && active.port !== next) {
      // The old port is gone: report it closed, the client reconnects and picks the new one.
      const connection = active;
      active = null;
      previous?.close();
      connection.handlers.onClose({});
      return;
    }
    bind(active, next);
  });

  return {
    connect(handlers: CarrierHandlers): CarrierConnection {
      const connection = { handlers, port: null as MessagePort | null };
      active = connection;
      // Reported asynchronously, as a socket would.
      if (port) {
        const current = port;
        queueMicrotask(() => {
          if (active === connection) bind(connection, current);
        });
      }
      return {
        send(frame) {
          connection.port?.postMessage(frame);
        },
        close() {
          if (active === connection) active = null;
          if (connection.port) connection.port.onmessage = null;
        },
      };
    },
  };
}
