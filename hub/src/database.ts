import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/** A connection (pool or checked-out client): what the queries of the hub need. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** The hub's connection pool. An idle connection that PostgreSQL closes (restart, failover) is logged, not fatal. */
export function openPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  pool.on('error', (error) => console.error('Connexion à PostgreSQL perdue (elle sera rouverte) :', error.message));
  return pool;
}

/** Applies the committed migrations (hub/migrations); run before serving. */
export async function migrateHub(pool: pg.Pool): Promise<void> {
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * A named SQL statement: PostgreSQL prepares it once per connection and reuses the plan (the hot paths of the
 * push and the pull go through these).
 */
export function statement<Row extends pg.QueryResultRow = pg.QueryResultRow>(name: string, text: string) {
  return (db: Queryable, values: unknown[]): Promise<pg.QueryResult<Row>> => db.query<Row>({ name, text, values });
}

/** Runs `work` in one transaction on a client of the pool: committed when it resolves, rolled back otherwise. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Serialises the writers of one collectivity until the transaction ends: change_log seqs are then committed in
 * seq order, so a pull can never pass over a seq that commits later.
 */
export async function lockCollectivity(client: Queryable, collectivityId: string): Promise<void> {
  await lockStatement(client, [collectivityLockKey(collectivityId)]);
}

const lockStatement = statement('lock_collectivity', 'SELECT pg_advisory_xact_lock($1::bigint)');

/** The first 64 bits of the collectivity's uuid, as a signed bigint (the advisory lock key). */
export function collectivityLockKey(collectivityId: string): string {
  return BigInt.asIntN(64, BigInt(`0x${collectivityId.replaceAll('-', '').slice(0, 16)}`)).toString();
}
