import { IconCloudCheck, IconCloudOff, IconCloudUpload, IconCloudX, IconLinkOff, IconPlugConnectedX, IconRefresh, type Icon } from '@tabler/icons-react';
import type { StatusDto } from '../../../../electron/common/contract';

/** The upload states of the status bar: the sync states, plus `never` (enrolled, nothing sent yet). */
export type UploadState = StatusDto['upload']['state'];

/**
 * Icon and colour of each upload state; the state is always said in words too. `attention` states are shown in bold
 * in the status bar: the desk no longer reaches the hub.
 */
export const SYNC_STATE_LOOK: Readonly<Record<UploadState, { icon: Icon; color: string; attention: boolean }>> = {
  never: { icon: IconCloudUpload, color: 'gray.7', attention: false },
  'not-configured': { icon: IconLinkOff, color: 'gray.7', attention: false },
  idle: { icon: IconCloudCheck, color: 'green.9', attention: false },
  syncing: { icon: IconRefresh, color: 'blue.9', attention: false },
  offline: { icon: IconCloudOff, color: 'orange.9', attention: true },
  failing: { icon: IconCloudX, color: 'red.9', attention: true },
  revoked: { icon: IconPlugConnectedX, color: 'red.9', attention: true },
};
