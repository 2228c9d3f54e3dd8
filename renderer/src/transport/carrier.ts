import type { RequestFrame, WireError } from '../../../electron/common/contract';

/** What a carrier reports to the client. Frames are decoded values (JSON-parsed or structured clones). */
export interface CarrierHandlers {
  onOpen(): void;
  onFrame(frame: unknown): void;
  /** `refused` is set when the backend turned the connection away (bad token, foreign origin): do not retry. */
  onClose(info: { refused?: WireError }): void;
}

export interface CarrierConnection {
  send(frame: RequestFrame): void;
  close(): void;
}

/** One way of reaching the backend: the browser-mode WebSocket or the Electron MessagePort. */
export interface Carrier {
  connect(handlers: CarrierHandlers): CarrierConnection;
}
