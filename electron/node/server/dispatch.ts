import {
  AppError,
  ERROR_MESSAGES,
  RequestFrame,
  allMethods,
  isMethodName,
  type MethodName,
  type MethodSpec,
  type ResponseFrame,
} from '../../common/contract';
import type { CallContext } from './connection-context';
import type { Handlers } from './router';

export interface DispatchHooks {
  /** Registered method names (the test methods only with --test-hooks). */
  enabled: ReadonlySet<MethodName>;
  handlers: Partial<Handlers>;
  /** Called before a call is checked: expires idle sessions. */
  beforeCall(ctx: CallContext): void;
  /** Called after a successful call: active calls keep the session awake. */
  afterCall(ctx: CallContext, spec: MethodSpec): void;
  /** Called for every access denial, to audit it. */
  onDenied(ctx: CallContext, method: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SESSION_LOCKED'): void;
  /** Called for unexpected errors; never shown to the agent. */
  onInternalError(method: string, error: unknown): void;
}

function fail(id: number | null, error: AppError): ResponseFrame {
  return { id, ok: false, error: error.toWire() };
}

function decode(raw: unknown): unknown {
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return raw;
}

function frameId(value: unknown): number | null {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0) return id;
  }
  return null;
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return ERROR_MESSAGES.INVALID_INPUT;
  const field = issue.path.map(String).join('.');
  return `${ERROR_MESSAGES.INVALID_INPUT} ${field ? `${field} : ` : ''}${issue.message}`;
}

/** The first message per field path, so that a form can show each beside its field. */
function issueFields(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (field && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}

function checkAccess(spec: MethodSpec, ctx: CallContext): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SESSION_LOCKED' | null {
  if (spec.access.kind === 'public') return null;
  const session = ctx.session;
  if (!session) return 'UNAUTHENTICATED';
  if (!spec.access.roles.includes(session.role)) return 'FORBIDDEN';
  if (session.locked && !spec.whileLocked) return 'SESSION_LOCKED';
  return null;
}

/**
 * Turns one raw frame into one response frame: decode, validate the frame, find the method, check access
 * (deny by default), validate the input, run the handler, validate the output. Never throws.
 */
export async function dispatch(raw: unknown, ctx: CallContext, hooks: DispatchHooks): Promise<ResponseFrame> {
  const value = decode(raw);
  const parsed = RequestFrame.safeParse(value);
  if (!parsed.success) return fail(frameId(value), new AppError('INVALID_FRAME'));
  const { id, method, input } = parsed.data;

  if (!isMethodName(method) || !hooks.enabled.has(method)) return fail(id, new AppError('UNKNOWN_METHOD'));
  const handler = hooks.handlers[method] as ((input: unknown, ctx: CallContext) => unknown) | undefined;
  if (!handler) return fail(id, new AppError('UNKNOWN_METHOD'));
  const spec: MethodSpec = allMethods[method];

  try {
    hooks.beforeCall(ctx);
    const denied = checkAccess(spec, ctx);
    if (denied) {
      hooks.onDenied(ctx, method, denied);
      return fail(id, new AppError(denied));
    }
    const inputResult = spec.input.safeParse(input ?? {});
    if (!inputResult.success) {
      const { issues } = inputResult.error;
      return fail(id, new AppError('INVALID_INPUT', describeIssue(issues[0]), issueFields(issues)));
    }
    const output = await handler(inputResult.data, ctx);
    const outputResult = spec.output.safeParse(output === undefined ? null : output);
    if (!outputResult.success) {
      hooks.onInternalError(method, outputResult.error);
      return fail(id, new AppError('INTERNAL'));
    }
    hooks.afterCall(ctx, spec);
    return { id, ok: true, output: outputResult.data };
  } catch (error) {
    if (error instanceof AppError) return fail(id, error);
    hooks.onInternalError(method, error);
    return fail(id, new AppError('INTERNAL'));
  }
}
