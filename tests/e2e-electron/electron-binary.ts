import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ElectronBinary {
  /** Where the Electron executable is, or would be once installed. */
  path: string;
  exists: boolean;
}

/** The executable's path inside node_modules/electron/dist, as the package's install script lays it out. */
function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Finds the Electron binary the way the `electron` package's index.js does (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) but without running it: since Electron 45 that file downloads the binary
 * when it is missing, and no download may be attempted here.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: 'node_modules/electron (paquet absent)', exists: false };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable(process.platform);
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
  return { path: executable, exists: existsSync(executable) };
}
