import type { Role } from '../../common/contract';
import type { CarrierKind } from './backend-types';

/** The agent signed in on one connection. Kept in memory only: a restart asks for the password again. */
export interface AgentSession {
  agentId: string;
  role: Role;
  /** Set when the idle timer or the agent locked the screen. */
  locked: boolean;
  /** Wrong PINs since the last password entry; at PIN_MAX_TRIES the password is required. */
  pinFailures: number;
  lastActivityAt: number;
}

/** Per-connection state handed to every handler. */
export interface CallContext {
  readonly connectionId: string;
  readonly carrier: CarrierKind;
  session: AgentSession | null;
  /** Pushes an event to this connection only. */
  notify(event: string, payload: unknown): void;
}

export const PIN_MAX_TRIES = 5;
