import type { Role } from '../../../common/contract';

/** The demo site's agents: one per role. Demo data only — these passwords are printed at start. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ login: string; displayName: string; role: Role; password: string }> = [
  { login: 'admin', displayName: 'Nadia Benali', role: 'admin', password: 'demo-admin-2026' },
  { login: 'referent', displayName: 'Thierry Lambert', role: 'referent', password: 'demo-referent-2026' },
  { login: 'mediateur', displayName: 'Aminata Diallo', role: 'mediateur', password: 'demo-mediateur-2026' },
  { login: 'accueil', displayName: 'Kévin Nguyen', role: 'accueil', password: 'demo-accueil-2026' },
];

export const DEMO_SITE = {
  name: 'Médiathèque Émile-Zola et CCAS',
  kind: 'both',
  communeCode: '34172',
} as const;
