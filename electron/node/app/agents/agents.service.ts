import { AppError, type AgentDto, type Role } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import type { GuichetDatabase } from '../../../../db/types';
import { writeChange } from '../../../../db/change';
import {
  countActiveAdmins,
  findAgentById,
  findAgentByLogin,
  insertAgent,
  listAgents,
  updateAgent,
} from '../../../../db/repositories/agent.repo';
import { HUB_DISABLED_LOGIN, hubDisabledLogin } from '../../sync/hub-accounts';
import type { SessionRegistry } from '../../server/session-registry';
import { DEFAULT_SCRYPT, hashSecret, type ScryptParams } from '../auth/password-hash';
import { toAgentDto } from './agent-dto';

/** Accounts of the desk's agents, managed by administrators. Nothing is ever deleted: agents are disabled. */
export class AgentsService {
  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly sessions: SessionRegistry,
    private readonly hashing: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  list(): AgentDto[] {
    return listAgents(this.db).map(toAgentDto);
  }

  private existing(id: string) {
    const row = findAgentById(this.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Agent introuvable.');
    return row;
  }

  async create(actorId: string, input: { displayName: string; login: string; role: Role; password: string }): Promise<AgentDto> {
    if (findAgentByLogin(this.db, input.login)) throw new AppError('LOGIN_TAKEN');
    if (hubDisabledLogin(this.db, input.login)) throw new AppError('CONFLICT', HUB_DISABLED_LOGIN, { login: HUB_DISABLED_LOGIN });
    const passwordHash = await hashSecret(input.password, this.hashing);
    return writeChange(this.db, this.clock, (tx) => {
      if (findAgentByLogin(tx, input.login)) throw new AppError('LOGIN_TAKEN');
      const now = this.clock().toISOString();
      const row = {
        id: newId(),
        login: input.login,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        pinHash: null,
        disabled: false,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
      };
      insertAgent(tx, row);
      return {
        result: toAgentDto(row),
        audit: { actorId, action: 'agent.created', targetType: 'agent', targetId: row.id, details: { role: row.role } },
      };
    });
  }

  /** Refuses a change that would leave the desk with no active administrator. */
  private assertAdminRemains(tx: GuichetDatabase, agentId: string, stillAdmin: boolean): void {
    const row = findAgentById(tx, agentId);
    if (row && row.role === 'admin' && !row.disabled && !stillAdmin && countActiveAdmins(tx) <= 1) {
      throw new AppError('LAST_ADMIN');
    }
  }

  update(actorId: string, input: { id: string; displayName: string; role: Role }): AgentDto {
    const before = this.existing(input.id);
    const dto = writeChange(this.db, this.clock, (tx) => {
      this.assertAdminRemains(tx, input.id, input.role === 'admin');
      updateAgent(tx, input.id, { displayName: input.displayName, role: input.role, updatedAt: this.clock().toISOString() });
      return {
        result: toAgentDto(this.existing(input.id)),
        audit: {
          actorId,
          action: before.role === input.role ? 'agent.updated' : 'agent.role-changed',
          targetType: 'agent',
          targetId: input.id,
          details: { roleBefore: before.role, roleAfter: input.role },
        },
      };
    });
    this.sessions.changeRole(input.id, input.role);
    return dto;
  }

  setDisabled(actorId: string, input: { id: string; disabled: boolean }): AgentDto {
    const before = this.existing(input.id);
    if (!input.disabled && hubDisabledLogin(this.db, before.login)) throw new AppError('CONFLICT', HUB_DISABLED_LOGIN);
    const dto = writeChange(this.db, this.clock, (tx) => {
      if (input.disabled) this.assertAdminRemains(tx, input.id, false);
      updateAgent(tx, input.id, { disabled: input.disabled, updatedAt: this.clock().toISOString() });
      return {
        result: toAgentDto(this.existing(input.id)),
        audit: { actorId, action: input.disabled ? 'agent.disabled' : 'agent.enabled', targetType: 'agent', targetId: input.id },
      };
    });
    if (input.disabled) this.sessions.endAgentSessions(input.id);
    return dto;
  }

  /** A new password set by an administrator; the agent's PIN is cleared and their sessions end. */
  async resetPassword(actorId: string, input: { id: string; password: string }): Promise<AgentDto> {
    this.existing(input.id);
    const passwordHash = await hashSecret(input.password, this.hashing);
    const dto = writeChange(this.db, this.clock, (tx) => {
      updateAgent(tx, input.id, { passwordHash, pinHash: null, updatedAt: this.clock().toISOString() });
      return {
        result: toAgentDto(this.existing(input.id)),
        audit: { actorId, action: 'agent.password-reset', targetType: 'agent', targetId: input.id },
      };
    });
    if (input.id !== actorId) this.sessions.endAgentSessions(input.id);
    return dto;
  }
}
