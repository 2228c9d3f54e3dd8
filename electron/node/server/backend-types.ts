import type { ServerFrame } from '../../common/contract';
import type { Clock } from '../../common/domain/clock';
import type { HostCapabilities } from '../host/host-capabilities';
import type { FakeHidScanner } from '../devices/fake/fake-hid-scanner';
import type { ScryptParams } from '../app/auth/password-hash';
import type { HubFetch } from '../sync/hub-client';

export type CarrierKind = 'message-port' | 'websocket' | 'in-process';

/** Where a connection's responses and events go. */
export interface FrameSink {
  send(frame: ServerFrame): void;
}

/** One renderer connection. `receive` takes a raw frame (a JSON string or a structured-clone object). */
export interface BackendConnection {
  receive(raw: unknown): Promise<void>;
  close(): void;
}

export interface Backend {
  connect(sink: FrameSink, carrier: CarrierKind): BackendConnection;
  close(): Promise<void>;
}

export interface BackendOptions {
  /** Folder holding guichet.db, backups/ and logs. */
  dataDir: string;
  /** 32-byte database key. */
  key: Buffer;
  /** Folder of the committed drizzle migrations (db/migrations). */
  migrationsFolder: string;
  clock?: Clock;
  /** Registers the `test.*` methods. Only with --test-hooks. */
  testHooks?: boolean;
  /** Fake scanner and printer instead of real devices. */
  fakeDevices?: boolean;
  /**
   * With fakeDevices: the simulated HID scanner to use instead of a new one, so that a benchmark can deliver
   * reports to it directly and time them to the event.
   */
  fakeScanner?: FakeHidScanner;
  /** What the Electron host offers (OS printing). Absent in browser mode and tests. */
  host?: HostCapabilities;
  /** Password/PIN hashing cost; lower only in tests (hashes carry their parameters). */
  passwordHashing?: ScryptParams;
  /** Interval between two rounds of upload to the hub (default 2 minutes; shorter in tests and the demo). */
  syncIntervalMs?: number;
  /** The HTTP client towards the hub (tests inject faults through it); defaults to fetch. */
  hubFetch?: HubFetch;
  /** Called with a line of text for the operator's log. */
  log?: (line: string) => void;
}
