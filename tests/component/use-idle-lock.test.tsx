// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleLock } from '../../renderer/src/features/auth/use-idle-lock';

const MINUTE = 60_000;

function press() {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useIdleLock', () => {
  it('locks after the idle time without activity, once', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock({ idleMs: 5 * MINUTE, onIdle }));
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts keyboard and pointer activity: the idle time starts again', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock({ idleMs: 5 * MINUTE, onIdle }));
    vi.advanceTimersByTime(4 * MINUTE);
    press();
    vi.advanceTimersByTime(4 * MINUTE);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('reports activity at most once a minute', () => {
    const onActivity = vi.fn();
    renderHook(() => useIdleLock({ idleMs: 5 * MINUTE, onIdle: () => undefined, onActivity }));
    press();
    vi.advanceTimersByTime(30_000);
    press();
    expect(onActivity).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    press();
    press();
    expect(onActivity).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(59_000);
    press();
    expect(onActivity).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    press();
    expect(onActivity).toHaveBeenCalledTimes(2);
  });

  it('locks at once when the clock jumped (machine asleep, throttled tab)', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock({ idleMs: 5 * MINUTE, onIdle }));
    vi.setSystemTime(Date.now() + 30 * MINUTE);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing when disabled and stops listening when unmounted', () => {
    const onIdle = vi.fn();
    const { rerender, unmount } = renderHook(({ enabled }) => useIdleLock({ idleMs: MINUTE, onIdle, enabled }), {
      initialProps: { enabled: false },
    });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    rerender({ enabled: true });
    unmount();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
