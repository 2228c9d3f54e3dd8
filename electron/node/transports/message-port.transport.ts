import type { Backend } from '../server/backend-types';

/**
 * The part of Electron's MessagePortMain the backend uses, typed structurally: electron/node never imports
 * 'electron'. Frames travel as structured-clone objects, not JSON.
 */
export interface MessagePortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

export interface MessagePortAttachment {
  /** Closes the connection and the port. */
  close(): void;
}

/**
 * The desktop carrier: one renderer connection per MessagePort handed over by Electron main. Messages queue
 * on the port until `start()`, so a port may be attached after the renderer has already sent requests.
 * The connection ends when either side closes the port.
 */
export function attachMessagePort(
  backend: Backend,
  port: MessagePortLike,
  options: { onClose?: () => void } = {},
): MessagePortAttachment {
  let open = true;
  const connection = backend.connect(
    {
      send(frame) {
        if (!open) return;
        try {
          port.postMessage(frame);
        } catch {
          // The renderer is gone (port closed under us): the 'close' event ends the connection.
        }
      },
    },
    'message-port',
  );
  const end = () => {
    if (!open) return;
    open = false;
    connection.close();
    options.onClose?.();
  };
  port.on('message', (event) => {
    if (open) void connection.receive(event.data);
  });
  port.on('close', end);
  port.start();
  return {
    close() {
      end();
      port.close();
    },
  };
}
