import type { DeviceState, StatusDto } from '../../../common/contract';
import type { GuichetDatabase } from '../../../../db/types';
import { countPendingOutbox } from '../../../../db/change';

/** Where the device lines come from (the devices service). */
export interface DeviceStatusSource {
  status(): { scanner: DeviceState; printer: DeviceState };
}

/** What the status bar shows: devices and upload, as far as they exist on this desk. */
export class StatusService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly devices: DeviceStatusSource,
  ) {}

  get(): StatusDto {
    const { scanner, printer } = this.devices.status();
    return {
      scanner,
      printer,
      upload: { pending: countPendingOutbox(this.db.sqlite), lastSuccessAt: null, state: 'not-configured' },
    };
  }
}
