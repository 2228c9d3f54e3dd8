import type { StatusDto } from '../../../common/contract';
import type { GuichetDatabase } from '../../../../db/types';
import { countPendingOutbox } from '../../../../db/change';
import { hidScannerState } from '../../devices/hid-availability';

/** What the status bar shows: devices and upload, as far as they exist on this desk. */
export class StatusService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly fakeDevices: boolean,
  ) {}

  get(): StatusDto {
    return {
      scanner: this.fakeDevices ? { state: 'ok', label: 'Lecteur simulé (mode démonstration)' } : hidScannerState(),
      printer: { state: 'absent', label: 'Aucune imprimante de tickets configurée' },
      upload: { pending: countPendingOutbox(this.db.sqlite), lastSuccessAt: null, state: 'not-configured' },
    };
  }
}
