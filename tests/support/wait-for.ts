import type { EventName, EventPayload } from '../../electron/common/contract';
import type { TestClient } from './test-client';

/** Polls `predicate` every 5 ms until it holds; throws after `timeoutMs`. */
export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`${what} not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The payloads of one event a client received, oldest first. */
export function eventsOf<E extends EventName>(client: TestClient, event: E): Array<EventPayload<E>> {
  return client.events.filter((frame) => frame.event === event).map((frame) => frame.payload as EventPayload<E>);
}

/** The first `event` (received from now on, or already, when `since` is given) whose payload matches. */
export async function waitForEvent<E extends EventName>(
  client: TestClient,
  event: E,
  matches: (payload: EventPayload<E>) => boolean = () => true,
  options: { since?: number; timeoutMs?: number } = {},
): Promise<EventPayload<E>> {
  const since = options.since ?? 0;
  let found: EventPayload<E> | undefined;
  await until(
    () => {
      found = client.events.slice(since).find((frame) => frame.event === event && matches(frame.payload as EventPayload<E>))?.payload as
        | EventPayload<E>
        | undefined;
      return found !== undefined;
    },
    options.timeoutMs ?? 5000,
    `event ${event}`,
  );
  return found as EventPayload<E>;
}
