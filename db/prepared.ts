import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Statements prepared once per connection (hot paths: the query builder re-prepares on each call). Returns the
 * getter: `const statements = perConnection((sqlite) => ({ … sqlite.prepare(…) … }))`, then `statements(sqlite)`.
 */
export function perConnection<T>(prepare: (sqlite: Database.Database) => T): (sqlite: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let found = cache.get(sqlite);
    if (found === undefined) {
      found = prepare(sqlite);
      cache.set(sqlite, found);
    }
    return found;
  };
}
