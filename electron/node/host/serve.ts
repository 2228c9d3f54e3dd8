/**
 * Browser mode: `npm run serve -- [--data DIR] [--port N] [--demo] [--fake-devices] [--test-hooks]`.
 * Builds the renderer when it is missing or older than its sources, starts the backend under Node,
 * serves the renderer and the WebSocket carrier on 127.0.0.1, and prints the address to open.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../server/create-backend';
import { DEMO_ACCOUNTS } from '../app/demo/demo-accounts';
import { seedDemo } from '../app/demo/demo-seed';
import { ROLE_LABELS } from '../../common/contract';
import { settableClock } from '../../common/domain/clock';
import { startBrowserServer } from './browser-server';
import { resolveDatabaseKey } from './database-key';
import { ensureRendererBuilt } from './renderer-build';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join(process.cwd(), '.guichet') },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      'fake-devices': { type: 'boolean', default: false },
      'test-hooks': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port invalide : ${values.port}`);
  const dataDir = path.resolve(values.data);

  const rendererDir = await ensureRendererBuilt(projectRoot, (line) => console.log(line));
  // The demo seed dates its past month of activity by setting this clock; it is the real time otherwise.
  const clock = settableClock();
  const backend = await createBackend({
    clock,
    dataDir,
    key: resolveDatabaseKey({ dataDir, passphrase: process.env.GUICHET_PASSPHRASE }),
    migrationsFolder: path.join(projectRoot, 'db/migrations'),
    fakeDevices: values['fake-devices'] || values.demo,
    testHooks: values['test-hooks'],
    log: (line) => console.error(line),
  });
  if (values.demo) {
    const outcome = await seedDemo(backend, clock);
    console.log(outcome === 'created' ? 'Site de démonstration créé.' : 'Site de démonstration existant.');
    for (const account of DEMO_ACCOUNTS) {
      console.log(`  ${ROLE_LABELS[account.role].padEnd(20)} identifiant : ${account.login.padEnd(10)} mot de passe : ${account.password}`);
    }
  }
  const server = await startBrowserServer({ backend, rendererDir, port });
  console.log(`Données : ${dataDir}`);
  if (values['test-hooks']) console.log('Attention : crochets de test activés (jamais en production).');
  console.log(`Guichet prêt : ${server.url}`);

  const stop = async () => {
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Guichet n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
