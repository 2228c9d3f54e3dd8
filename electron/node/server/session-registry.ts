import type { Role } from '../../common/contract';
import type { CallContext } from './connection-context';

/** The live connections, so that disabling an agent or changing a role takes effect at once. */
export class SessionRegistry {
  private readonly contexts = new Set<CallContext>();

  add(ctx: CallContext): void {
    this.contexts.add(ctx);
  }

  remove(ctx: CallContext): void {
    this.contexts.delete(ctx);
  }

  /** Signs the agent out everywhere (account disabled, password reset). */
  endAgentSessions(agentId: string): void {
    for (const ctx of this.contexts) {
      if (ctx.session?.agentId === agentId) ctx.session = null;
    }
  }

  changeRole(agentId: string, role: Role): void {
    for (const ctx of this.contexts) {
      if (ctx.session?.agentId === agentId) ctx.session.role = role;
    }
  }

  broadcast(event: string, payload: unknown): void {
    for (const ctx of this.contexts) {
      if (ctx.session) ctx.notify(event, payload);
    }
  }
}
