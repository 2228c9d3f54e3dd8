import type { z } from 'zod';
import {
  BookResponse,
  EnrollResponse,
  HubErrorBody,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullResponse as PullResponseSchema,
  PushResponse,
  type BookRequest,
  type EnrollRequest,
  type PullResponse,
  type PushRequest,
} from '../../common/sync/protocol';

/** How an exchange with the hub failed, for the scheduler (retry or stop) and the screen (French message). */
export type HubFailureKind =
  /** Network down, DNS, refused connection, TLS: the desk is offline; retried with backoff. */
  | 'offline'
  /** No answer in time: retried with backoff. */
  | 'timeout'
  /** 5xx, 429, or an answer this desk cannot read: retried with backoff. */
  | 'server'
  /** The credential is not (or no longer) known: an administrator must enroll the desk again. */
  | 'unauthorized'
  /** The hub's administrator withdrew this desk: it stops syncing. */
  | 'revoked'
  /** The hub speaks another protocol version. */
  | 'upgrade'
  /** Enrollment code refused, or the request was refused as invalid. */
  | 'refused';

export class HubError extends Error {
  constructor(
    readonly kind: HubFailureKind,
    message: string,
  ) {
    super(message);
  }

  /** Whether trying again later may succeed without anyone doing anything. */
  get transient(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout' || this.kind === 'server';
  }
}

export type HubFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface HubClientOptions {
  baseUrl: string;
  /** `<deskId>.<secret>`; null only to enroll. */
  credential: string | null;
  fetch?: HubFetch;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

const KIND_BY_CODE: Record<HubErrorBody['error']['code'], HubFailureKind> = {
  invalid_request: 'refused',
  unauthorized: 'unauthorized',
  desk_revoked: 'revoked',
  enrollment_refused: 'refused',
  upgrade_required: 'upgrade',
  booking_refused: 'refused',
  server_error: 'server',
};

/** The desk's side of the wire protocol (electron/common/sync/protocol.ts), over HTTPS (HTTP on loopback). */
export class HubClient {
  private readonly fetch: HubFetch;
  private readonly timeoutMs: number;

  constructor(private readonly options: HubClientOptions) {
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  enroll(request: EnrollRequest): Promise<EnrollResponse> {
    return this.call('/v1/enroll', { method: 'POST', body: JSON.stringify(request) }, EnrollResponse);
  }

  push(request: PushRequest): Promise<z.infer<typeof PushResponse>> {
    return this.call('/v1/sync/push', { method: 'POST', body: JSON.stringify(request) }, PushResponse);
  }

  book(request: BookRequest): Promise<BookResponse> {
    return this.call('/v1/bookings', { method: 'POST', body: JSON.stringify(request) }, BookResponse);
  }

  async pull(cursor: number, limit: number): Promise<PullResponse> {
    return (await this.call(`/v1/sync/pull?cursor=${cursor}&limit=${limit}`, { method: 'GET' }, PullResponseSchema)) as PullResponse;
  }

  private async call<S extends z.ZodType>(path: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (this.options.credential) headers.authorization = `Bearer ${this.options.credential}`;
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(new URL(path, this.options.baseUrl).toString(), { ...init, headers, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw networkFailure(error, this.timeoutMs);
    }
    const body = parseJson(text);
    if (!response.ok) throw httpFailure(response.status, body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new HubError('server', 'Réponse du hub illisible : sa version ne correspond peut-être pas à celle de ce poste.');
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function networkFailure(error: unknown, timeoutMs: number): HubError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new HubError('timeout', `Le hub n’a pas répondu dans les ${Math.round(timeoutMs / 1000)} secondes.`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  if (/certificate|self[- ]signed|SSL|TLS/i.test(cause)) {
    return new HubError('offline', `Certificat du hub refusé (${cause}) : la connexion n’est pas sûre, rien n’a été envoyé.`);
  }
  return new HubError('offline', `Hub injoignable (${cause}).`);
}

function httpFailure(status: number, body: unknown): HubError {
  const parsed = HubErrorBody.safeParse(body);
  if (parsed.success) return new HubError(KIND_BY_CODE[parsed.data.error.code], parsed.data.error.message);
  if (status === 429) return new HubError('server', 'Le hub est surchargé et demande de patienter.');
  if (status === 401) return new HubError('unauthorized', 'Le hub ne reconnaît pas ce poste : enrôlez-le à nouveau.');
  return new HubError('server', `Le hub est en erreur (HTTP ${status}).`);
}
