/**
 * Support's capture mode: one JSON Lines file per capture in `<dataDir>/captures/` (device-capture.ts), fed with
 * the HID driver's raw reports and the keystrokes the renderer sends while it is on.
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { CapturedKey } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { createDeviceCapture, type DeviceCapture } from '../../devices/device-capture';

export class CaptureSession {
  private capture: DeviceCapture | null = null;

  constructor(
    private readonly dir: string,
    private readonly clock: Clock,
  ) {}

  get active(): boolean {
    return this.capture !== null;
  }

  get file(): string | null {
    return this.capture?.file ?? null;
  }

  /** Starts a capture (or returns the one running). The folder and file are readable by this user only. */
  start(): DeviceCapture {
    if (this.capture) return this.capture;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.dir, `capture-${stamp}.jsonl`);
    // Created now, owner-only, so the file the screen shows exists (the capture's stream opens it later).
    closeSync(openSync(file, 'a', 0o600));
    this.capture = createDeviceCapture({ file, clock: this.clock });
    return this.capture;
  }

  /** Closes the file; returns how many events it holds, or null when no capture was running. */
  async stop(): Promise<{ file: string; entries: number } | null> {
    const capture = this.capture;
    if (!capture) return null;
    this.capture = null;
    await capture.close();
    return { file: capture.file, entries: capture.entries };
  }

  recordKeys(keys: readonly CapturedKey[]): void {
    const capture = this.capture;
    if (!capture) return;
    for (const key of keys) capture.recordKey({ type: 'keydown', ...key });
  }
}
