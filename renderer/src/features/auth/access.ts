import { allMethods, type MethodName, type Role } from '../../../../electron/common/contract';

/**
 * Whether a role may call a method, read from the contract's access rules (the backend enforces them;
 * the renderer only uses them to hide what would be refused).
 */
export function canCall(role: Role, method: MethodName): boolean {
  const access = allMethods[method].access;
  return access.kind === 'public' || access.roles.includes(role);
}
