import { AppError, type SessionDto } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import type { GuichetDatabase } from '../../../../db/types';
import { recordAudit, writeChange } from '../../../../db/change';
import { findAgentById, findAgentByLogin, updateAgent } from '../../../../db/repositories/agent.repo';
import { getSite } from '../../../../db/repositories/site.repo';
import { getSetting } from '../../../../db/repositories/setting.repo';
import { PIN_MAX_TRIES, type CallContext } from '../../server/connection-context';
import { DEFAULT_SCRYPT, hashSecret, needsRehash, verifySecret, type ScryptParams } from './password-hash';
import { toSiteDto } from '../setup/site-dto';

export const DEFAULT_IDLE_LOCK_MINUTES = 5;
/** The backend locks a little after the renderer would, which pings at most once a minute. */
const BACKEND_IDLE_GRACE_MS = 60_000;

export class AuthService {
  /** Verified against when the login is unknown, so that timing does not reveal which logins exist. */
  private decoyHash: Promise<string>;

  constructor(
    private readonly db: GuichetDatabase,
    private readonly clock: Clock,
    private readonly hashing: ScryptParams = DEFAULT_SCRYPT,
  ) {
    this.decoyHash = hashSecret('decoy-password', hashing);
  }

  idleLockMinutes(): number {
    return getSetting<number>(this.db, 'session.idleLockMinutes') ?? DEFAULT_IDLE_LOCK_MINUTES;
  }

  session(ctx: CallContext): SessionDto | null {
    const session = ctx.session;
    if (!session) return null;
    const agent = findAgentById(this.db, session.agentId);
    const site = getSite(this.db);
    if (!agent || agent.disabled || !site) {
      ctx.session = null;
      return null;
    }
    return {
      agent: {
        id: agent.id,
        login: agent.login,
        displayName: agent.displayName,
        role: agent.role,
        hasPin: agent.pinHash !== null,
      },
      site: toSiteDto(site),
      locked: session.locked,
      pinTriesLeft: agent.pinHash === null ? 0 : Math.max(0, PIN_MAX_TRIES - session.pinFailures),
      idleLockMinutes: this.idleLockMinutes(),
    };
  }

  private requireSession(ctx: CallContext): SessionDto {
    const dto = this.session(ctx);
    if (!dto) throw new AppError('UNAUTHENTICATED');
    return dto;
  }

  async login(ctx: CallContext, input: { login: string; password: string }): Promise<SessionDto> {
    const agent = findAgentByLogin(this.db, input.login);
    const valid = await verifySecret(input.password, agent?.passwordHash ?? (await this.decoyHash));
    if (!agent || !valid) {
      recordAudit(this.db, this.clock, {
        actorId: agent?.id ?? null,
        action: 'auth.login-failed',
        targetType: 'agent',
        targetId: agent?.id,
        details: { carrier: ctx.carrier },
      });
      throw new AppError('BAD_CREDENTIALS');
    }
    if (agent.disabled) {
      recordAudit(this.db, this.clock, {
        actorId: agent.id,
        action: 'auth.login-refused-disabled',
        targetType: 'agent',
        targetId: agent.id,
      });
      throw new AppError('ACCOUNT_DISABLED');
    }
    const upgradedHash = needsRehash(agent.passwordHash, this.hashing)
      ? await hashSecret(input.password, this.hashing)
      : null;
    const now = this.clock();
    writeChange(this.db, this.clock, (tx) => {
      updateAgent(tx, agent.id, {
        lastLoginAt: now.toISOString(),
        ...(upgradedHash ? { passwordHash: upgradedHash } : {}),
      });
      return {
        result: null,
        audit: { actorId: agent.id, action: 'auth.login', targetType: 'agent', targetId: agent.id, details: { carrier: ctx.carrier } },
      };
    });
    ctx.session = { agentId: agent.id, role: agent.role, locked: false, pinFailures: 0, lastActivityAt: now.getTime() };
    return this.requireSession(ctx);
  }

  logout(ctx: CallContext): null {
    const session = ctx.session;
    if (session) {
      recordAudit(this.db, this.clock, { actorId: session.agentId, action: 'auth.logout', targetType: 'agent', targetId: session.agentId });
    }
    ctx.session = null;
    return null;
  }

  lock(ctx: CallContext, reason: 'idle' | 'manual'): null {
    const session = ctx.session;
    if (!session || session.locked) return null;
    session.locked = true;
    recordAudit(this.db, this.clock, {
      actorId: session.agentId,
      action: 'auth.locked',
      targetType: 'agent',
      targetId: session.agentId,
      details: { reason },
    });
    ctx.notify('session.locked', { reason });
    return null;
  }

  /** Locks a session left idle longer than the renderer's timer; called before every call. */
  expireIdle(ctx: CallContext): void {
    const session = ctx.session;
    if (!session || session.locked) return;
    const idleMs = this.idleLockMinutes() * 60_000 + BACKEND_IDLE_GRACE_MS;
    if (this.clock().getTime() - session.lastActivityAt > idleMs) this.lock(ctx, 'idle');
  }

  touch(ctx: CallContext): void {
    if (ctx.session && !ctx.session.locked) ctx.session.lastActivityAt = this.clock().getTime();
  }

  async unlock(ctx: CallContext, input: { pin: string } | { password: string }): Promise<SessionDto> {
    const session = ctx.session;
    if (!session) throw new AppError('UNAUTHENTICATED');
    const agent = findAgentById(this.db, session.agentId);
    if (!agent || agent.disabled) {
      ctx.session = null;
      throw new AppError('ACCOUNT_DISABLED');
    }
    if ('pin' in input) {
      if (agent.pinHash === null) throw new AppError('NO_PIN');
      if (session.pinFailures >= PIN_MAX_TRIES) throw new AppError('PIN_BLOCKED');
      if (!(await verifySecret(input.pin, agent.pinHash))) {
        session.pinFailures += 1;
        recordAudit(this.db, this.clock, {
          actorId: agent.id,
          action: 'auth.unlock-failed',
          targetType: 'agent',
          targetId: agent.id,
          details: { method: 'pin', failures: session.pinFailures },
        });
        const left = PIN_MAX_TRIES - session.pinFailures;
        if (left <= 0) throw new AppError('PIN_BLOCKED');
        throw new AppError('BAD_PIN', `Code PIN incorrect. ${left === 1 ? 'Il reste 1 essai.' : `Il reste ${left} essais.`}`);
      }
    } else if (!(await verifySecret(input.password, agent.passwordHash))) {
      recordAudit(this.db, this.clock, {
        actorId: agent.id,
        action: 'auth.unlock-failed',
        targetType: 'agent',
        targetId: agent.id,
        details: { method: 'password' },
      });
      throw new AppError('BAD_CREDENTIALS', 'Mot de passe incorrect.');
    }
    session.locked = false;
    session.pinFailures = 0;
    session.lastActivityAt = this.clock().getTime();
    recordAudit(this.db, this.clock, {
      actorId: agent.id,
      action: 'auth.unlocked',
      targetType: 'agent',
      targetId: agent.id,
      details: { method: 'pin' in input ? 'pin' : 'password' },
    });
    return this.requireSession(ctx);
  }

  async setPin(ctx: CallContext, input: { pin: string; password: string }): Promise<null> {
    const { agent: current } = this.requireSession(ctx);
    const agent = findAgentById(this.db, current.id);
    if (!agent || !(await verifySecret(input.password, agent.passwordHash))) {
      throw new AppError('BAD_CREDENTIALS', 'Mot de passe incorrect.');
    }
    const pinHash = await hashSecret(input.pin, this.hashing);
    writeChange(this.db, this.clock, (tx) => {
      updateAgent(tx, agent.id, { pinHash, updatedAt: this.clock().toISOString() });
      return { result: null, audit: { actorId: agent.id, action: 'agent.pin-set', targetType: 'agent', targetId: agent.id } };
    });
    if (ctx.session) ctx.session.pinFailures = 0;
    return null;
  }
}
