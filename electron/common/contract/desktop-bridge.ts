/**
 * What the Electron preload gives the page, and nothing more: a flag saying the page runs in the desktop app,
 * the app's version, and (by `window.postMessage`) the MessagePort on which the backend answers.
 * Pure types and constants, shared by electron/main, electron/preload and the renderer.
 */

/**
 * The name under which the backend's MessagePort travels, twice: main → preload as the IPC channel of
 * `webContents.postMessage(PORT_MESSAGE, null, [port])`, then preload → page as the data of
 * `window.postMessage(PORT_MESSAGE, '*', [port])`, which the renderer listens for.
 */
export const PORT_MESSAGE = 'guichet:port';

/** The key of `contextBridge.exposeInMainWorld`: the page reads `window.guichet`. */
export const BRIDGE_KEY = 'guichet';

/** Command-line switch by which main tells the sandboxed preload the app's version. */
export const VERSION_SWITCH = '--guichet-version=';

/** `window.guichet` in the desktop app; absent in browser mode. */
export interface DesktopBridge {
  readonly desktop: true;
  readonly version: string;
}

/** The page's global object as the preload leaves it (no DOM types here: electron/common is shared). */
export interface DesktopWindow {
  guichet?: DesktopBridge;
}
