import path from 'node:path';
import { DESKTOP_KEY_FILE_NAME } from './database-key';

/** Same name as electron/node/server/create-backend.ts's DATABASE_FILE_NAME (not imported: main stays thin). */
export const DATABASE_FILE_NAME = 'guichet.db';

export interface AppPathsInput {
  /** Folder of the built main script (out/main, inside app.asar once packaged). */
  mainDir: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getPath('userData'). */
  userData: string;
}

export interface AppPaths {
  preload: string;
  rendererIndex: string;
  backendModule: string;
  migrationsFolder: string;
  dataDir: string;
  databaseFile: string;
  keyFile: string;
}

/**
 * Where everything is. The migrations ship as an extra resource in packaged builds (electron.builder.yml)
 * and are read from the project in development (out/main/../.. is the project root, whether Electron was
 * started with `.` or with out/main/index.js). Pure.
 */
export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const outDir = path.resolve(input.mainDir, '..');
  const dataDir = path.join(input.userData, 'data');
  return {
    preload: path.join(outDir, 'preload', 'index.cjs'),
    rendererIndex: path.join(outDir, 'renderer', 'index.html'),
    backendModule: path.join(input.mainDir, 'backend.js'),
    migrationsFolder: input.isPackaged
      ? path.join(input.resourcesPath, 'migrations')
      : path.join(path.resolve(outDir, '..'), 'db', 'migrations'),
    dataDir,
    databaseFile: path.join(dataDir, DATABASE_FILE_NAME),
    keyFile: path.join(input.userData, DESKTOP_KEY_FILE_NAME),
  };
}
