import { defineConfig } from 'drizzle-kit';

/** Run from `hub/`: `npm run -w hub db:generate`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
});
