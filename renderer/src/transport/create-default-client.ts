import { createClient, type GuichetClient } from './client';
import { isDesktop } from './desktop-bridge';
import { createMessagePortCarrier } from './message-port-carrier';
import { takeToken } from './token';
import { createWebSocketCarrier, webSocketUrl } from './websocket-carrier';

/**
 * Picks the carrier of this page: the Electron MessagePort when the preload says so, otherwise the
 * browser-mode WebSocket with the token from the address. Call once at start, before the router reads the hash.
 */
export function createDefaultClient(win: Window = window): GuichetClient {
  if (isDesktop(win)) return createClient({ carrier: createMessagePortCarrier(win) });
  const token = takeToken(win) ?? '';
  return createClient({ carrier: createWebSocketCarrier({ url: webSocketUrl(win.location, token) }) });
}
