import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Server } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { AppError, type ServerFrame } from '../../common/contract';
import type { Backend } from '../server/backend-types';

export const WS_PATH = '/ws';
/** A stock delivery file (200,000 passes, about 5 MB) fits in one frame; the socket is loopback-only and token-checked. */
const MAX_FRAME_BYTES = 32 * 1024 * 1024;
export const CLOSE_BAD_TOKEN = 4401;
export const CLOSE_BAD_ORIGIN = 4403;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The page's own origins: the app is only ever served from loopback. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

function refuse(socket: WebSocket, code: 'BAD_TOKEN' | 'FORBIDDEN', closeCode: number): void {
  const frame: ServerFrame = { id: null, ok: false, error: new AppError(code).toWire() };
  socket.send(JSON.stringify(frame), () => socket.close(closeCode, code));
}

/**
 * The browser-mode carrier: WebSocket frames as JSON on 127.0.0.1. A connection must present the
 * start-up token (`?token=`) and come from the page's own origin; otherwise it gets a typed error and
 * is closed. A malformed frame gets a typed error and never reaches a handler.
 */
export function attachWebSocketCarrier(options: {
  server: Server;
  backend: Backend;
  token: string;
  port: () => number;
}): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  options.server.on('upgrade', (request: IncomingMessage, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== WS_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const origin = request.headers.origin;
      if (!origin || !allowedOrigins(options.port()).includes(origin)) {
        refuse(ws, 'FORBIDDEN', CLOSE_BAD_ORIGIN);
        return;
      }
      if (!sameSecret(url.searchParams.get('token') ?? '', options.token)) {
        refuse(ws, 'BAD_TOKEN', CLOSE_BAD_TOKEN);
        return;
      }
      bind(ws, options.backend);
    });
  });
  return wss;
}

function bind(ws: WebSocket, backend: Backend): void {
  const connection = backend.connect(
    {
      send(frame) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
      },
    },
    'websocket',
  );
  ws.on('message', (data: RawData, isBinary) => {
    void connection.receive(isBinary ? undefined : rawToText(data));
  });
  ws.on('close', () => connection.close());
  ws.on('error', () => connection.close());
}

function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
