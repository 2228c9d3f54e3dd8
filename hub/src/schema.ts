/**
 * The hub's PostgreSQL schema (research/reliability.md §1.3), in five files under `schema/`. Migrations are
 * generated from this entry point with drizzle-kit into `hub/migrations` and applied at start; the runtime
 * queries are plain parameterised SQL, prepared per connection (`database.ts`, `statement`).
 */
export * from './schema/organisation';
export * from './schema/stock';
export * from './schema/sync';
export * from './schema/figures';
export * from './schema/places';
