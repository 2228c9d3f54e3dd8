import type { ServerFrame } from '../../common/contract';
import type { Backend } from '../server/backend-types';

export interface InProcessCarrier {
  /** Sends a request frame (any value: invalid ones get a typed error like on the other carriers). */
  send(frame: unknown): void;
  onFrame(listener: (frame: ServerFrame) => void): () => void;
  close(): void;
}

/**
 * Direct calls into the backend, for tests and component harnesses. Frames are structured-cloned both
 * ways, as a MessagePort would, so nothing passes by reference.
 */
export function connectInProcess(backend: Backend): InProcessCarrier {
  const listeners = new Set<(frame: ServerFrame) => void>();
  const connection = backend.connect(
    {
      send(frame) {
        const copy = structuredClone(frame);
        queueMicrotask(() => listeners.forEach((listener) => listener(copy)));
      },
    },
    'in-process',
  );
  return {
    send(frame) {
      void connection.receive(structuredClone(frame));
    },
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      connection.close();
      listeners.clear();
    },
  };
}
