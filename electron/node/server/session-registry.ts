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

  /** To every connection with an agent signed in, locked or not. */
  broadcast(event: string, payload: unknown): void {
    for (const ctx of this.contexts) {
      if (ctx.session) ctx.notify(event, payload);
    }
  }

  /**
   * To every connection with an agent signed in and not locked. `expire` runs first on each connection, so that
   * one idle past its lock time is locked (and told) instead of receiving the event.
   */
  broadcastToUnlocked(event: string, payload: unknown, expire?: (ctx: CallContext) => void): void {
    for (const ctx of this.contexts) {
      if (!ctx.session || ctx.session.locked) continue;
      expire?.(ctx);
      if (ctx.session && !ctx.session.locked) ctx.notify(event, payload);
    }
  }
}
