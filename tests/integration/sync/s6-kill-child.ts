/**
 * S6's desk process (tests/integration/sync/s6-kill.test.ts): opens an enrolled desk's SQLite file the way the
 * desks of sync-env.ts are opened, and pulls from the real hub in small pages with the real pull (pullAll).
 *
 *   node --import tsx s6-kill-child.ts <dataDir> <keyHex> <migrationsFolder> <hubUrl>
 *
 * (the test runs it bundled by esbuild, which starts three times faster than through tsx). Loading still takes a
 * few hundred milliseconds, so the process loads its modules, says `ready`, and waits for one line on stdin:
 * `go <pageSize> <stopAtPage>` (the test keeps spare processes ready while another one is being killed).
 * On page `stopAtPage` (1-based; 0: never), from pullAll's beforeCommit hook, the process prints
 * `applying <cursor>` and blocks inside the page's open transaction (page applied, cursor written, nothing
 * committed) until the parent SIGKILLs it. A pull that ends first prints `done <cursor>`. What was applied is
 * recorded by triggers the test put on the desk's hub_pass table, not here.
 */
import { writeSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../db/open-database';
import { CredentialStore } from '../../../electron/node/sync/credential-store';
import { HubClient } from '../../../electron/node/sync/hub-client';
import { pullAll } from '../../../electron/node/sync/pull';
import { hubLink } from '../../../electron/node/sync/sync-settings';

/** How long a stopped process waits for its SIGKILL before giving up (the test then fails on its exit code). */
const STOPPED_WAIT_MS = 30_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function nextLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      process.stdin.off('data', onData);
      process.stdin.pause();
      resolve(buffered.slice(0, end));
    };
    process.stdin.on('data', onData);
    process.stdin.once('end', () => reject(new Error('stdin closed before `go`')));
  });
}

async function main(): Promise<void> {
  const [dataDir, keyHex, migrationsFolder, hubUrl] = process.argv.slice(2);
  if (!dataDir || !keyHex || !migrationsFolder || !hubUrl) throw new Error('usage: s6-kill-child.ts <dataDir> <keyHex> <migrationsFolder> <hubUrl>');
  // fetch's first call loads and sets up its HTTP client (a few hundred milliseconds): done while waiting.
  await fetch(hubUrl)
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
  say('ready');
  const [word, pageSizeText, stopAtText] = (await nextLine()).split(' ');
  if (word !== 'go') throw new Error(`expected "go <pageSize> <stopAtPage>", got "${word}"`);
  const pageSize = Number(pageSizeText);
  const stopAtPage = Number(stopAtText);

  const db = openDatabase({ file: path.join(dataDir, 'guichet.db'), key: Buffer.from(keyHex, 'hex'), migrationsFolder });
  const link = hubLink(db);
  const credential = await new CredentialStore(dataDir, null).read();
  if (!link || !credential) throw new Error('desk not enrolled');
  const hub = new HubClient({ baseUrl: link.url, credential });
  // Small pages, so that a pull is many transactions.
  const client = { pull: (cursor: number) => hub.pull(cursor, pageSize) } as unknown as HubClient;
  let pages = 0;
  const outcome = await pullAll({
    db,
    client,
    now: () => new Date(),
    siteId: link.siteId,
    beforeCommit: (cursor) => {
      pages += 1;
      if (pages !== stopAtPage) return;
      say(`applying ${cursor}`);
      // Blocks the process inside the transaction: the parent's SIGKILL is the only way out.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STOPPED_WAIT_MS);
      throw new Error('not killed while stopped');
    },
  });
  db.close();
  say(`done ${outcome.cursor}`);
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
