// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLoaded } from '../../renderer/src/app/use-loaded';
import { ClientError } from '../../renderer/src/transport';

afterEach(() => cleanup());

/** Loads whose answers the test gives, in the order it chooses. */
function controlledLoads() {
  const pending: Array<{ resolve(value: string): void; reject(error: unknown): void }> = [];
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  return { load, pending };
}

describe('what a screen reads from the backend (useLoaded)', () => {
  it('keeps the answer to the latest load: a slower earlier answer never replaces it', async () => {
    const { load, pending } = controlledLoads();
    const { result } = renderHook(() => useLoaded(load));
    await waitFor(() => expect(pending).toHaveLength(1));
    let second: Promise<void> = Promise.resolve();
    act(() => {
      second = result.current.reload();
    });
    expect(pending).toHaveLength(2);
    await act(async () => {
      pending[1]?.resolve('récent');
      await second;
    });
    expect(result.current.data).toBe('récent');
    await act(async () => pending[0]?.resolve('ancien'));
    expect(result.current.data).toBe('récent');
  });

  it('keeps what was shown when a reload fails, with the error; a fresher value clears the error', async () => {
    const { load, pending } = controlledLoads();
    const { result } = renderHook(() => useLoaded(load));
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]?.resolve('lu'));
    let reload: Promise<void> = Promise.resolve();
    act(() => {
      reload = result.current.reload();
    });
    await act(async () => {
      pending[1]?.reject(new ClientError('DISCONNECTED'));
      await reload;
    });
    expect(result.current.data).toBe('lu');
    expect(result.current.error?.code).toBe('DISCONNECTED');
    act(() => result.current.setData('enregistré'));
    expect(result.current.data).toBe('enregistré');
    expect(result.current.error).toBeNull();
  });

  it('drops a load that started before a fresher value was given', async () => {
    const { load, pending } = controlledLoads();
    const { result } = renderHook(() => useLoaded(load));
    await waitFor(() => expect(pending).toHaveLength(1));
    act(() => result.current.setData('poussé'));
    await act(async () => pending[0]?.resolve('lu avant'));
    expect(result.current.data).toBe('poussé');
  });
});
