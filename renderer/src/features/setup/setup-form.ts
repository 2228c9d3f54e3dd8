import type { CommuneDto, SiteKind } from '../../../../electron/common/contract';

export interface SetupValues {
  siteName: string;
  kind: SiteKind | '';
  commune: CommuneDto | null;
  displayName: string;
  login: string;
  password: string;
  confirm: string;
}

export const EMPTY_SETUP: SetupValues = {
  siteName: '',
  kind: '',
  commune: null,
  displayName: '',
  login: '',
  password: '',
  confirm: '',
};

/** Which fields each step of the wizard checks before going on. */
export const STEP_FIELDS: ReadonlyArray<ReadonlyArray<keyof SetupValues>> = [
  ['siteName', 'kind', 'commune'],
  ['displayName', 'login', 'password', 'confirm'],
  [],
];
