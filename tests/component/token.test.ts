// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeToken } from '../../renderer/src/transport/token';

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser-mode token', () => {
  it('is read from the address fragment, kept for reloads and removed from the address bar', () => {
    window.location.href = 'http://127.0.0.1:4321/#token=s3cr3t-AbC_d';
    expect(takeToken(window)).toBe('s3cr3t-AbC_d');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('s3cr3t-AbC_d');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('s3cr3t');
  });

  it('comes from sessionStorage after a reload, and a route fragment is left alone', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'kept');
    window.location.href = 'http://127.0.0.1:4321/#/agents';
    expect(takeToken(window)).toBe('kept');
    expect(window.location.hash).toBe('#/agents');
  });

  it('is null when there is none', () => {
    expect(takeToken(window)).toBeNull();
  });
});
