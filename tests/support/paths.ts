import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, for tests and tools (ESM: no __dirname). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
