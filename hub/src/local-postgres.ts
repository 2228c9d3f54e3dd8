import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster from Debian's binaries (package `postgresql`), in a temp folder, on a free
 * loopback port, tuned for speed (no fsync: nothing in it survives). For the tests and the demo
 * (`npm run demo:hub`), never for production. As root (containers, CI) the PostgreSQL commands run as the
 * `postgres` user, since initdb and postgres refuse root. Missing binaries are an error (PostgresNotInstalledError).
 */
export interface LocalPostgres {
  /** The `postgres` database of the cluster (superuser, trust authentication on loopback). */
  url: string;
  /** The temp folder holding the cluster; removed by stop(). */
  folder: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** PostgreSQL's programs (or, as root, the `postgres` user) are missing: the message says which package to install. */
export class PostgresNotInstalledError extends Error {}

const INSTALL_HINT = 'installez le paquet Debian « postgresql » (sudo apt-get install postgresql)';

function findBinaries(): string {
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name) && existsSync(path.join(debianRoot, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debianRoot, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (initdb) return path.dirname(initdb);
  } catch {
    // not on PATH either
  }
  throw new PostgresNotInstalledError(`PostgreSQL n’est pas installé (programmes initdb et postgres introuvables) : ${INSTALL_HINT}.`);
}

/** As root, the uid/gid of the `postgres` user to run the server as; undefined otherwise. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    throw new PostgresNotInstalledError(`En tant que root, PostgreSQL doit tourner sous l’utilisateur « postgres », qui n’existe pas : ${INSTALL_HINT}.`);
  }
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL s’est arrêté au démarrage (code ${server.exitCode}) :\n${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL n’est pas prêt après 30 s :\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function startLocalPostgres(): Promise<LocalPostgres> {
  const bin = findBinaries();
  const user = serverUser();
  const root = mkdtempSync(path.join(os.tmpdir(), 'guichet-pg-'));
  if (user) chownSync(root, user.uid, user.gid);
  const dataDir = path.join(root, 'data');
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const asServerUser = { env, cwd: root, ...(user ?? {}) };

  try {
    execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
      ...asServerUser,
      stdio: 'pipe',
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const port = await freeLoopbackPort();
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=100'];
  const server = spawn(path.join(bin, 'postgres'), ['-D', dataDir, '-p', String(port), '-k', root, ...settings.flatMap((setting) => ['-c', setting])], {
    ...asServerUser,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches the program that started it, which stops it last.
    detached: true,
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  // A run that ends without calling stop() (a crash, process.exit) leaves neither a server nor its folder behind.
  const killOnExit = () => {
    server.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(url, server, () => log);
  } catch (error) {
    process.removeListener('exit', killOnExit);
    killOnExit();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url,
    folder: root,
    async createDatabase(name) {
      return createDatabaseAt(url, name);
    },
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (server.exitCode === null && server.signalCode === null) {
          const exited = new Promise((resolve) => server.once('exit', resolve));
          server.kill('SIGINT'); // fast shutdown
          await exited;
        }
        rmSync(root, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

/** Creates an empty database on the cluster of `serverUrl` (a URL of one of its databases) and returns its URL. */
export async function createDatabaseAt(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
