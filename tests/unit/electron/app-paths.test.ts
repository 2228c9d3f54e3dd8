import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPaths } from '../../../electron/main/app-paths';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

describe('app paths', () => {
  it('reads migrations from the project in development', () => {
    const paths = resolveAppPaths({ mainDir: '/src/guichet/out/main', isPackaged: false, resourcesPath: '/x', userData: '/home/a/.config/guichet' });
    expect(paths.migrationsFolder).toBe(path.resolve('/src/guichet/db/migrations'));
    expect(paths.preload).toBe(path.resolve('/src/guichet/out/preload/index.cjs'));
    expect(paths.rendererIndex).toBe(path.resolve('/src/guichet/out/renderer/index.html'));
    expect(paths.backendModule).toBe(path.join('/src/guichet/out/main', 'backend.js'));
  });

  it('reads migrations from the resources folder once packaged, data and key in userData', () => {
    const paths = resolveAppPaths({
      mainDir: '/opt/Guichet/resources/app.asar/out/main',
      isPackaged: true,
      resourcesPath: '/opt/Guichet/resources',
      userData: '/home/a/.config/Guichet',
    });
    expect(paths.migrationsFolder).toBe(path.join('/opt/Guichet/resources', 'migrations'));
    expect(paths.keyFile).toBe(path.join('/home/a/.config/Guichet', 'guichet.key'));
    expect(paths.databaseFile).toBe(path.join('/home/a/.config/Guichet', 'data', 'guichet.db'));
  });
});
