/** A WebSocket stand-in driven by the test: open it, push frames, close it with a code. */
export class FakeWebSocket {
  static instances: FakeWebSocket[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: unknown[] = [];
  closed = false;

  constructor(readonly url: string) {
    FakeWebSocket.instances.push(this);
  }

  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (!socket) throw new Error('no socket created');
    return socket;
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.closed = true;
  }

  // Test side.
  open(): void {
    this.onopen?.(new Event('open'));
  }

  receive(frame: unknown): void {
    this.onmessage?.({ data: JSON.stringify(frame) } as MessageEvent);
  }

  serverClose(code = 1006): void {
    this.closed = true;
    this.onclose?.({ code } as CloseEvent);
  }

  lastRequest(): { v: number; id: number; method: string; input: unknown } {
    const frame = this.sent.at(-1);
    if (!frame) throw new Error('nothing sent');
    return frame as { v: number; id: number; method: string; input: unknown };
  }
}

export function fakeSocketFactory() {
  return (url: string) => new FakeWebSocket(url) as unknown as WebSocket;
}
