/**
 * The tests' throwaway PostgreSQL: the cluster of hub/src/local-postgres.ts (shared with `npm run demo:hub`), from
 * Debian's binaries in a temp folder on a free loopback port. Never skipped: missing binaries are an error.
 */
export { createDatabaseAt, startLocalPostgres as startTestPostgres, type LocalPostgres as TestPostgres } from '../../hub/src/local-postgres';
