import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../../electron/main/window-options';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

describe('main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', version: '1.2.3', devTools: false });

  it('sandboxes the renderer, isolates its context and gives it no Node', () => {
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads the CommonJS preload and passes it the version on its command line', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.webPreferences?.additionalArguments).toEqual(['--guichet-version=1.2.3']);
  });

  it('is titled Guichet, hidden until ready, with a minimum size for the counter screens', () => {
    expect(options.title).toBe('Guichet');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
  });

  it('keeps developer tools for development builds only', () => {
    expect(mainWindowOptions({ preloadPath: 'p', version: 'v', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('renders receipts in a hidden sandboxed window without preload', () => {
    const print = printWindowOptions();
    expect(print.show).toBe(false);
    expect(print.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(print.webPreferences?.preload).toBeUndefined();
  });
});
