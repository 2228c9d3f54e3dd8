import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's `postgres` database; each test file creates its own database from it. */
    postgresUrl: string;
  }
}

/** One PostgreSQL cluster per vitest run (tests/support/postgres.ts), stopped at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startTestPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
