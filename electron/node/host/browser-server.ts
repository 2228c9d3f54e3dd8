import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../server/backend-types';
import { allowedOrigins, attachWebSocketCarrier } from '../transports/ws.transport';
import { serveStatic } from './static-files';

export interface BrowserServer {
  readonly port: number;
  readonly token: string;
  /** The address to open: the token travels in the fragment, never sent to the server in HTTP logs. */
  readonly url: string;
  close(): Promise<void>;
}

/** Browser mode: the built renderer and the WebSocket carrier on 127.0.0.1 only. */
export async function startBrowserServer(options: {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const hosts = () => allowedOrigins(port).map((origin) => origin.replace('http://', ''));
  const server: Server = createServer(serveStatic(options.rendererDir, hosts));
  const wss = attachWebSocketCarrier({ server, backend: options.backend, token, port: () => port });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
