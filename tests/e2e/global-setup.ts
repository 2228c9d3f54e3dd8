import { ensureRendererBuilt } from '../../electron/node/host/renderer-build';
import { PROJECT_ROOT } from '../support/paths';
import { prepareDemoTemplate } from './demo-template';

/** Builds the renderer once before the browser tests, as `npm run serve` would, and seeds the demo site once. */
export default async function globalSetup(): Promise<() => void> {
  await ensureRendererBuilt(PROJECT_ROOT, (line) => console.log(line));
  return prepareDemoTemplate();
}
