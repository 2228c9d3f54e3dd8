import { z } from 'zod';
import { Role } from './roles';

export const Id = z.string().uuid();

export const SITE_KINDS = ['ccas', 'mediatheque', 'both'] as const;
export const SiteKind = z.enum(SITE_KINDS);
export type SiteKind = z.infer<typeof SiteKind>;

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  ccas: 'CCAS / accueil social',
  mediatheque: 'Médiathèque / lieu de médiation',
  both: 'Les deux (accueil et ateliers)',
};

export const InseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'Code INSEE invalide');

export const CommuneDto = z.object({
  code: z.string(),
  nom: z.string(),
  departement: z.string(),
  codesPostaux: z.array(z.string()),
});
export type CommuneDto = z.infer<typeof CommuneDto>;

export const SiteDto = z.object({
  id: Id,
  name: z.string(),
  kind: SiteKind,
  communeCode: z.string(),
  communeName: z.string(),
});
export type SiteDto = z.infer<typeof SiteDto>;

export const AgentDto = z.object({
  id: Id,
  login: z.string(),
  displayName: z.string(),
  role: Role,
  disabled: z.boolean(),
  hasPin: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type AgentDto = z.infer<typeof AgentDto>;

export const SessionDto = z.object({
  agent: AgentDto.pick({ id: true, login: true, displayName: true, role: true, hasPin: true }),
  site: SiteDto,
  locked: z.boolean(),
  /** PIN tries left before the password is required; 0 when the PIN may no longer be used. */
  pinTriesLeft: z.number().int().min(0),
  idleLockMinutes: z.number().int().positive(),
});
export type SessionDto = z.infer<typeof SessionDto>;

export const DeviceState = z.object({
  state: z.enum(['ok', 'absent', 'unavailable', 'error']),
  label: z.string(),
});
export type DeviceState = z.infer<typeof DeviceState>;

export const StatusDto = z.object({
  scanner: DeviceState,
  printer: DeviceState,
  upload: z.object({
    pending: z.number().int().nonnegative(),
    lastSuccessAt: z.string().nullable(),
    /** `never`: enrolled, nothing sent yet; the others are the sync states (contract/sync.ts). */
    state: z.enum(['never', 'not-configured', 'idle', 'syncing', 'offline', 'failing', 'revoked']),
  }),
});
export type StatusDto = z.infer<typeof StatusDto>;

export const AppStatusDto = z.object({
  setupDone: z.boolean(),
  site: SiteDto.nullable(),
  version: z.string(),
});
export type AppStatusDto = z.infer<typeof AppStatusDto>;

/** Login names: lower-case letters, digits, dot, dash, underscore. */
export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, 'Identifiant : 2 à 40 caractères (lettres, chiffres, . _ -)');
export const Password = z.string().min(10, 'Le mot de passe doit contenir au moins 10 caractères').max(200);
export const Pin = z.string().regex(/^\d{4,6}$/, 'Le code PIN comporte 4 à 6 chiffres');
export const DisplayName = z.string().trim().min(2, 'Nom trop court').max(80);
