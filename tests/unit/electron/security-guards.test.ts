import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applyNavigationGuards,
  denyAllPermissions,
  isAppUrl,
  isTrustedSender,
  trustedHandler,
} from '../../../electron/main/security-guards';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

const RENDERER = 'file:///opt/Guichet/resources/app.asar/out/renderer/index.html';

/** A WebContents as far as the guards use it. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  applyNavigationGuards(contents as unknown as WebContents, RENDERER);
  const navigate = (eventName: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(eventName, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('navigation guards', () => {
  it('recognises only the app’s own page', () => {
    expect(isAppUrl(RENDERER, RENDERER)).toBe(true);
    expect(isAppUrl(`${RENDERER}#/agents`, RENDERER)).toBe(true);
    expect(isAppUrl(`${RENDERER}?x=1`, RENDERER)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', RENDERER)).toBe(false);
    expect(isAppUrl('file:///opt/Guichet/resources/app.asar/out/renderer/other.html', RENDERER)).toBe(false);
    expect(isAppUrl('https://example.org/', RENDERER)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', RENDERER)).toBe(false);
    expect(isAppUrl('not a url', RENDERER)).toBe(false);
  });

  it('accepts the development server by origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/login', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://evil.test/', 'http://localhost:5173/')).toBe(false);
  });

  it('prevents navigation and redirects to other URLs, lets the app’s page reload', () => {
    const contents = fakeContents();
    expect(contents.navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:9100/')).toBe(true);
    expect(contents.navigate('will-navigate', `${RENDERER}#/login`)).toBe(false);
  });

  it('denies window.open and webviews', () => {
    const contents = fakeContents();
    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.open(RENDERER)).toEqual({ action: 'deny' });
    expect(contents.navigate('will-attach-webview', 'https://example.org/')).toBe(true);
  });

  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    const callback = vi.fn();
    for (const permission of ['media', 'notifications', 'geolocation', 'hid', 'clipboard-read']) request(null, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(check()).toBe(false);
  });
});

describe('IPC senders', () => {
  it('trusts only the top frame of the app’s page', () => {
    expect(isTrustedSender({ url: RENDERER, parent: null }, RENDERER)).toBe(true);
    expect(isTrustedSender({ url: 'https://example.org/', parent: null }, RENDERER)).toBe(false);
    expect(isTrustedSender({ url: RENDERER, parent: {} }, RENDERER)).toBe(false);
    expect(isTrustedSender(null, RENDERER)).toBe(false);
    expect(isTrustedSender(undefined, RENDERER)).toBe(false);
  });

  it('rejects a handler call from an untrusted sender before the handler runs', () => {
    const handler = vi.fn(() => 'ok');
    const guarded = trustedHandler(RENDERER, handler);
    const from = (url: string) => ({ senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;
    expect(() => guarded(from('https://example.org/'))).toThrow('Expéditeur IPC non autorisé.');
    expect(() => guarded({ senderFrame: null } as unknown as IpcMainInvokeEvent)).toThrow();
    expect(handler).not.toHaveBeenCalled();
    expect(guarded(from(RENDERER))).toBe('ok');
  });
});
