import { startBrowserServer, type BrowserServer } from '../../electron/node/host/browser-server';
import type { BackendOptions } from '../../electron/node/server/backend-types';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/test-backend';
import { inProcessClient, messagePortClient, webSocketClient, type TestClient } from '../support/test-client';

export interface CarrierHarness {
  name: string;
  start(options?: Partial<BackendOptions>): Promise<{ env: TestBackend; connect(): Promise<TestClient>; stop(): Promise<void> }>;
}

export const carriers: CarrierHarness[] = [
  {
    name: 'in-process',
    async start(options = {}) {
      const env = await startTestBackend(options);
      return { env, connect: async () => inProcessClient(env.backend), stop: () => env.close() };
    },
  },
  {
    name: 'message-port',
    async start(options = {}) {
      const env = await startTestBackend(options);
      const clients: TestClient[] = [];
      return {
        env,
        connect: async () => {
          const client = messagePortClient(env.backend);
          clients.push(client);
          return client;
        },
        async stop() {
          clients.forEach((client) => client.close());
          await env.close();
        },
      };
    },
  },
  {
    name: 'websocket',
    async start(options = {}) {
      const env = await startTestBackend(options);
      const server: BrowserServer = await startBrowserServer({ backend: env.backend, rendererDir: makeTempDir() });
      return {
        env,
        connect: () => webSocketClient(server.port, server.token),
        async stop() {
          await server.close();
          await env.close();
        },
      };
    },
  },
];
