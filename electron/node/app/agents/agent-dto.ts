import type { AgentDto } from '../../../common/contract';
import type { agent } from '../../../../db/schema';

type AgentRow = typeof agent.$inferSelect;

export function toAgentDto(row: AgentRow): AgentDto {
  return {
    id: row.id,
    login: row.login,
    displayName: row.displayName,
    role: row.role,
    disabled: row.disabled,
    hasPin: row.pinHash !== null,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
  };
}
