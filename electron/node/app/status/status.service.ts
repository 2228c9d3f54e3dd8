import type { DeviceState, StatusDto, SyncStatusDto } from '../../../common/contract';

/** Where the device lines come from (the devices service). */
export interface DeviceStatusSource {
  status(): { scanner: DeviceState; printer: DeviceState };
}

/** What the status bar shows: devices and the upload to the hub. */
export class StatusService {
  constructor(
    private readonly devices: DeviceStatusSource,
    private readonly sync: { status(): SyncStatusDto },
  ) {}

  get(): StatusDto {
    const { scanner, printer } = this.devices.status();
    return {
      scanner,
      printer,
      upload: uploadLine(this.sync.status()),
    };
  }
}

/** The status bar's upload line: an enrolled desk that never reached its hub says so. */
export function uploadLine(sync: SyncStatusDto): StatusDto['upload'] {
  const never = sync.state === 'idle' && sync.lastPushAt === null;
  return { pending: sync.pending, lastSuccessAt: sync.lastPushAt, state: never ? 'never' : sync.state };
}
