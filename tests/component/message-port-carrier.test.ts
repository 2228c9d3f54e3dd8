// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../renderer/src/transport';
import { PORT_MESSAGE } from '../../renderer/src/transport/desktop-bridge';
import { createMessagePortCarrier } from '../../renderer/src/transport/message-port-carrier';

const channels: MessageChannel[] = [];

function handOverPort(): MessagePort {
  const channel = new MessageChannel();
  channels.push(channel);
  const event = new MessageEvent('message', { data: PORT_MESSAGE, ports: [channel.port1] });
  window.dispatchEvent(event);
  return channel.port2;
}

/** The backend end of the port: answers every request with its method name, as a structured clone. */
function serve(port: MessagePort): unknown[] {
  const seen: unknown[] = [];
  port.onmessage = (event: MessageEvent) => {
    const frame = event.data as { id: number; method: string };
    seen.push(frame);
    port.postMessage({ id: frame.id, ok: true, output: { setupDone: true, site: null, version: frame.method } });
  };
  return seen;
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

describe('MessagePort carrier (Electron)', () => {
  it('waits for the preload port, then exchanges structured-clone frames', async () => {
    const client = createClient({ carrier: createMessagePortCarrier(window) });
    client.start();
    expect(client.getState()).toBe('connecting');
    window.dispatchEvent(new MessageEvent('message', { data: 'something else' }));
    expect(client.getState()).toBe('connecting');

    const backend = handOverPort();
    const seen = serve(backend);
    expect(client.getState()).toBe('open');

    await expect(client.call('app.status', {})).resolves.toEqual({ setupDone: true, site: null, version: 'app.status' });
    expect(seen).toEqual([{ v: 1, id: expect.any(Number), method: 'app.status', input: {} }]);
  });

  it('uses a port posted before the client started', async () => {
    const carrier = createMessagePortCarrier(window);
    const backend = handOverPort();
    serve(backend);
    const client = createClient({ carrier });
    client.start();
    await Promise.resolve();
    expect(client.getState()).toBe('open');
    await expect(client.call('app.status', {})).resolves.toMatchObject({ version: 'app.status' });
  });

  it('delivers events pushed on the port', async () => {
    const client = createClient({ carrier: createMessagePortCarrier(window) });
    client.start();
    const backend = handOverPort();
    const locked = new Promise((resolve) => client.on('session.locked', resolve));
    backend.postMessage({ event: 'session.locked', payload: { reason: 'manual' } });
    await expect(locked).resolves.toEqual({ reason: 'manual' });
  });
});
