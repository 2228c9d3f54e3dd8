import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['renderer', 'electron/common'];

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer only (electron-vite, GUICHET_BUILD_TARGET=renderer) when out/renderer is missing or older than its sources. */
export async function ensureRendererBuilt(projectRoot: string, log: (line: string) => void): Promise<string> {
  const outDir = path.join(projectRoot, 'out/renderer');
  const index = path.join(outDir, 'index.html');
  const sources = Math.max(...SOURCE_DIRS.map((dir) => newestMtime(path.join(projectRoot, dir))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return outDir;
  log('Construction de l’interface (première fois ou sources modifiées)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, GUICHET_BUILD_TARGET: 'renderer' },
  });
  if (result.status !== 0 || !existsSync(index)) throw new Error('la construction de l’interface a échoué (voir ci-dessus).');
  return outDir;
}
