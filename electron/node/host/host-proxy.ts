import type { HostCapabilities } from './host-capabilities';
import type { HostRequestMessage, HostResponseMessage, HostResults, PrintHtmlRequest } from './utility-protocol';

/** A print with the system dialog waits for the person; a silent one, a printer list or a secret should not take long. */
const PRINT_TIMEOUT_MS = 5 * 60_000;
const LIST_TIMEOUT_MS = 15_000;

export interface HostProxy {
  /** What the backend calls: each call becomes a `host.request` to Electron main. */
  capabilities: HostCapabilities;
  /** Feeds a `host.response` from main. */
  handleResponse(message: HostResponseMessage): void;
  /** Settles every pending call (the process is stopping). */
  dispose(): void;
}

interface Pending {
  resolve(value: unknown): void;
  fail(reason: string): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * HostCapabilities for the backend inside the utility process: the operating system's printers belong to
 * Electron main, so every call is a request over the parent port, answered by id. Printing never throws:
 * a failure or a silent main resolves `{ ok: false, reason }` in French.
 */
export function createHostProxy(post: (message: HostRequestMessage) => void): HostProxy {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function request<K extends keyof HostResults>(message: HostRequestMessage & { op: K }, timeoutMs: number, onFailure: (reason: string) => HostResults[K]): Promise<HostResults[K]> {
    return new Promise<HostResults[K]>((resolve, reject) => {
      const settle = (value: HostResults[K]) => {
        clearTimeout(entry.timer);
        pending.delete(message.id);
        resolve(value);
      };
      const entry: Pending = {
        resolve: (value) => settle(value as HostResults[K]),
        fail: (reason) => {
          try {
            settle(onFailure(reason));
          } catch (error) {
            clearTimeout(entry.timer);
            pending.delete(message.id);
            reject(error);
          }
        },
        timer: setTimeout(() => entry.fail('L’application n’a pas répondu à temps.'), timeoutMs),
      };
      entry.timer.unref?.();
      pending.set(message.id, entry);
      try {
        post(message);
      } catch (error) {
        entry.fail(error instanceof Error ? error.message : String(error));
      }
    });
  }

  const capabilities: HostCapabilities = {
    printHtml(printRequest: PrintHtmlRequest) {
      return request({ type: 'host.request', id: nextId++, op: 'printHtml', args: [printRequest] }, PRINT_TIMEOUT_MS, (reason) => ({
        ok: false,
        reason: `Impression impossible : ${reason}`,
      }));
    },
    listPrinters() {
      // The printer list is a convenience: without an answer it is empty rather than an error.
      return request({ type: 'host.request', id: nextId++, op: 'listPrinters', args: [] }, LIST_TIMEOUT_MS, () => []);
    },
    sealSecret(plain: string) {
      return request({ type: 'host.request', id: nextId++, op: 'sealSecret', args: [plain] }, LIST_TIMEOUT_MS, (reason) => {
        throw new Error(`Coffre-fort du système indisponible : ${reason}`);
      });
    },
    unsealSecret(sealed: string) {
      return request({ type: 'host.request', id: nextId++, op: 'unsealSecret', args: [sealed] }, LIST_TIMEOUT_MS, (reason) => {
        throw new Error(`Coffre-fort du système indisponible : ${reason}`);
      });
    },
  };

  return {
    capabilities,
    handleResponse(message) {
      const entry = pending.get(message.id);
      if (!entry) return;
      if (message.ok) entry.resolve(message.value);
      else entry.fail(message.reason);
    },
    dispose() {
      for (const entry of [...pending.values()]) entry.fail('L’application se ferme.');
    },
  };
}
