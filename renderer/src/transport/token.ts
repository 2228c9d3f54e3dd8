export const TOKEN_STORAGE_KEY = 'guichet.token';

/**
 * Browser mode: the start-up token arrives in the address fragment (`#token=…`). It is kept in
 * sessionStorage (so a reload still connects) and removed from the address bar at once.
 */
export function takeToken(win: Window = window): string | null {
  const hash = win.location.hash.replace(/^#/, '');
  const fromHash = hash.startsWith('token=') ? new URLSearchParams(hash).get('token') : null;
  if (fromHash) {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage refused (private mode): the token still works for this page's life.
    }
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`);
    return fromHash;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
