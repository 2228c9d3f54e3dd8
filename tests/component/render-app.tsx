import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import {
  AppError,
  type EventName,
  type EventPayload,
  type Input,
  type MethodName,
  type Output,
} from '../../electron/common/contract';
import { ClientProvider } from '../../renderer/src/app/client-context';
import { initI18n } from '../../renderer/src/i18n';
import { theme } from '../../renderer/src/theme/theme';
import { ClientError, type GuichetClient } from '../../renderer/src/transport';

export type Handlers = { [M in MethodName]?: (input: Input<M>) => Output<M> | Promise<Output<M>> };

/**
 * A connected client whose calls are answered by the test's handlers, as the backend would: an AppError
 * thrown by a handler arrives as a ClientError with the same code and message.
 */
export function fakeClient(handlers: Handlers) {
  const call = vi.fn(async (method: MethodName, input: unknown) => {
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected call ${method}`);
    try {
      return await handler(input);
    } catch (error) {
      if (error instanceof AppError) throw new ClientError(error.code, error.message, error.fields);
      throw error;
    }
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client: GuichetClient = {
    call: call as GuichetClient['call'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    getState: () => 'open',
    getGeneration: () => 1,
    getRefusal: () => null,
    onStateChange: () => () => undefined,
    onCallError: () => () => undefined,
    start: () => undefined,
    close: () => undefined,
  };
  /** Pushes a backend event to the page. */
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  };
  return { client, call, emit };
}

/**
 * Transitions off. Mantine's transitions still start timers in `env="test"`; one that fires after the test file's
 * window is torn down throws « window is not defined » and fails the run. With reduced motion, they start none.
 */
const TEST_THEME = { ...theme, respectReducedMotion: true };

function preferReducedMotion(): void {
  if (typeof window === 'undefined' || (window as { reducedMotionStubbed?: boolean }).reducedMotionStubbed) return;
  const original = window.matchMedia.bind(window);
  const reduced = (query: string): MediaQueryList =>
    ({ matches: true, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList;
  window.matchMedia = (query: string) => (query.includes('prefers-reduced-motion: reduce') ? reduced(query) : original(query));
  (window as { reducedMotionStubbed?: boolean }).reducedMotionStubbed = true;
}

export function renderWithApp(ui: ReactNode, client: GuichetClient, options: { path?: string } = {}): RenderResult {
  const i18n = initI18n();
  preferReducedMotion();
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={TEST_THEME} env="test">
        <Notifications />
        <ClientProvider client={client}>
          <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
        </ClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
