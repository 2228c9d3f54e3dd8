import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, installContentSecurityPolicy, withContentSecurityPolicy } from '../../../electron/main/csp';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

describe('Content-Security-Policy header', () => {
  it('is strict: own scripts only, no plugins, no base, never framed', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('replaces any policy the response carried, whatever its case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('is installed on every response of the session', () => {
    const onHeadersReceived = vi.fn();
    installContentSecurityPolicy({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]?.[0] as (details: unknown, callback: (response: unknown) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
