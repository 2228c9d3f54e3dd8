import type { IpcMainEvent, IpcMainInvokeEvent, Session, WebContents } from 'electron';

/**
 * The renderer may only ever show the app's own page: every navigation elsewhere, every new window, every
 * webview and every permission request is refused, and IPC is only accepted from the app's own top frame.
 */

/**
 * True when `candidate` is the app's page: for a file:// renderer the same file (query and fragment
 * ignored); for the development server, the same origin. Pure.
 */
export function isAppUrl(candidate: string, rendererUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(candidate);
    app = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/** A frame as Electron's WebFrameMain exposes it. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** IPC is trusted only from the top frame of the app's own page. */
export function isTrustedSender(frame: SenderFrame | null | undefined, rendererUrl: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, rendererUrl);
}

/**
 * Wraps an `ipcMain.handle` handler so that a call from any other sender is refused. Every IPC handler of
 * the app must go through this (today there is none: the backend is reached through the MessagePort).
 */
export function trustedHandler<A extends unknown[], R>(
  rendererUrl: string,
  handler: (event: IpcMainInvokeEvent, ...args: A) => R,
): (event: IpcMainInvokeEvent, ...args: A) => R {
  return (event, ...args) => {
    if (!isTrustedSender(event.senderFrame, rendererUrl)) throw new Error('Expéditeur IPC non autorisé.');
    return handler(event, ...args);
  };
}

/** The same for `ipcMain.on` listeners: untrusted messages are dropped. */
export function trustedListener<A extends unknown[]>(
  rendererUrl: string,
  listener: (event: IpcMainEvent, ...args: A) => void,
): (event: IpcMainEvent, ...args: A) => void {
  return (event, ...args) => {
    if (isTrustedSender(event.senderFrame, rendererUrl)) listener(event, ...args);
  };
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every WebContents the app creates (app 'web-contents-created'): navigation and redirects away
 * from the app's page are prevented, window.open is denied, webviews are never attached.
 */
export function applyNavigationGuards(contents: GuardedContents, rendererUrl: string, log: (line: string) => void = () => undefined): void {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, rendererUrl)) return;
    event.preventDefault();
    log(`Navigation refusée vers ${url}`);
  };
  contents.on('will-navigate', (event) => refuse(event, event.url));
  contents.on('will-frame-navigate', (event) => refuse(event, event.url));
  contents.on('will-redirect', (event) => refuse(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Webview refusée.');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Ouverture de fenêtre refusée : ${url}`);
    return { action: 'deny' };
  });
}

/** The app needs no browser permission (camera, notifications, HID…): every request and check is refused. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
