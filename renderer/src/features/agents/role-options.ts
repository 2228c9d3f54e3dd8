import { ROLES, ROLE_LABELS } from '../../../../electron/common/contract';

/** The roles as Select options, least to most privileged, with the contract's labels. */
export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
