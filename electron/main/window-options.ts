import type { BrowserWindowConstructorOptions } from 'electron';
import { VERSION_SWITCH } from '../common/contract/desktop-bridge';

export interface WindowOptionsInput {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  version: string;
  /** Developer tools only outside packaged builds. */
  devTools: boolean;
  iconPath?: string;
}

/**
 * The main window: sandboxed renderer, isolated context, no Node, web security on, no webview, and the
 * app's version given to the preload on its command line (a sandboxed preload cannot read package.json).
 * Hidden until the first paint is ready. Pure.
 */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Guichet',
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.devTools,
      additionalArguments: [`${VERSION_SWITCH}${input.version}`],
    },
  };
}

/** The hidden window that renders a receipt for the operating system's printer: no preload, no Node. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 400,
    height: 800,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    },
  };
}
