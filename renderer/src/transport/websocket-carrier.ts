import { ERROR_MESSAGES, type WireError } from '../../../electron/common/contract';
import type { Carrier, CarrierConnection, CarrierHandlers } from './carrier';

/** Close codes of the browser-mode server (electron/node/transports/ws.transport.ts). */
export const CLOSE_BAD_TOKEN = 4401;
export const CLOSE_BAD_ORIGIN = 4403;

export type WebSocketFactory = (url: string) => WebSocket;

export function webSocketUrl(location: Pick<Location, 'host'>, token: string): string {
  return `ws://${location.host}/ws?token=${encodeURIComponent(token)}`;
}

function isRefusalFrame(value: unknown): value is { id: null; ok: false; error: WireError } {
  if (typeof value !== 'object' || value === null) return false;
  const frame = value as { id?: unknown; ok?: unknown; error?: { code?: unknown } };
  return frame.id === null && frame.ok === false && (frame.error?.code === 'BAD_TOKEN' || frame.error?.code === 'FORBIDDEN');
}

/** Browser mode: JSON frames over a WebSocket on the page's own host. */
export function createWebSocketCarrier(options: {
  url: string;
  create?: WebSocketFactory;
}): Carrier {
  const create = options.create ?? ((url: string) => new WebSocket(url));
  return {
    connect(handlers: CarrierHandlers): CarrierConnection {
      const socket = create(options.url);
      let refusal: WireError | undefined;
      let closed = false;
      socket.onopen = () => handlers.onOpen();
      socket.onmessage = (event: MessageEvent) => {
        if (typeof event.data !== 'string') return;
        let frame: unknown;
        try {
          frame = JSON.parse(event.data);
        } catch {
          return;
        }
        if (isRefusalFrame(frame)) {
          refusal = frame.error;
          return;
        }
        handlers.onFrame(frame);
      };
      socket.onclose = (event: CloseEvent) => {
        if (closed) return;
        closed = true;
        if (event.code === CLOSE_BAD_TOKEN) {
          handlers.onClose({ refused: refusal ?? { code: 'BAD_TOKEN', message: ERROR_MESSAGES.BAD_TOKEN } });
        } else if (event.code === CLOSE_BAD_ORIGIN) {
          handlers.onClose({ refused: refusal ?? { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } });
        } else {
          handlers.onClose({});
        }
      };
      // An error is always followed by a close event, which does the reporting.
      socket.onerror = () => undefined;
      return {
        send(frame) {
          socket.send(JSON.stringify(frame));
        },
        close() {
          closed = true;
          socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
          socket.close();
        },
      };
    },
  };
}
