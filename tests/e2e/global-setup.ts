import { ensureRendererBuilt } from '../../electron/node/host/renderer-build';
import { PROJECT_ROOT } from '../support/paths';

/** Builds the renderer once before the browser tests, as `npm run serve` would. */
export default async function globalSetup(): Promise<void> {
  await ensureRendererBuilt(PROJECT_ROOT, (line) => console.log(line));
}
