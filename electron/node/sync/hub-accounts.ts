import type { PullEntityData } from '../../common/sync/protocol';
import { appendAudit } from '../../../db/audit';
import { countActiveAdmins, findAgentByLogin, updateAgent } from '../../../db/repositories/agent.repo';
import { findHubReference } from '../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../db/types';

/** The French refusal when a local administrator tries to use a login the hub's administrator disabled. */
export const HUB_DISABLED_LOGIN = 'Identifiant désactivé par l’administrateur du hub pour toute la collectivité : il ne peut pas être activé sur ce poste.';

/** True when the hub's administrator disabled this login at every desk of the collectivity. */
export function hubDisabledLogin(db: GuichetDatabase, login: string): boolean {
  return findHubReference<PullEntityData<'account'>>(db, 'account', login.trim().toLowerCase())?.disabled === true;
}

/**
 * Applies a pulled account block inside the pull's transaction: the local account of that login, if any and active,
 * is disabled (audited, no actor: the hub). The last active administrator is kept, so that the desk can still be
 * managed; that is audited too. Returns the agent to sign out once the transaction has committed, or null.
 */
export function applyHubAccount(db: GuichetDatabase, account: PullEntityData<'account'>, at: Date): string | null {
  if (!account.disabled) return null;
  const local = findAgentByLogin(db, account.login);
  if (!local || local.disabled) return null;
  if (local.role === 'admin' && countActiveAdmins(db) <= 1) {
    appendAudit(db.sqlite, at, { actorId: null, action: 'agent.hub-disable-kept-last-admin', targetType: 'agent', targetId: local.id, details: { login: account.login } });
    return null;
  }
  updateAgent(db, local.id, { disabled: true, updatedAt: at.toISOString() });
  appendAudit(db.sqlite, at, { actorId: null, action: 'agent.disabled-by-hub', targetType: 'agent', targetId: local.id, details: { login: account.login } });
  return local.id;
}
