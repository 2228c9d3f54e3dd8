import { z } from 'zod';

/** Agent roles, from the least to the most privileged. */
export const ROLES = ['accueil', 'mediateur', 'referent', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  accueil: 'Accueil',
  mediateur: 'Médiateur·rice',
  referent: 'Référent·e',
  admin: 'Administrateur·rice',
};

/** Who may call a method. Anything not declared is denied. */
export type Access =
  | { kind: 'public' }
  | { kind: 'session'; roles: readonly Role[] };

export const publicAccess: Access = { kind: 'public' };
export const anyAgent: Access = { kind: 'session', roles: ROLES };
export function onlyRoles(...roles: Role[]): Access {
  return { kind: 'session', roles };
}
