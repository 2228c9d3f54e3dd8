import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { figuresCsv } from '../figures/csv';
import { buildFiguresReport } from '../figures/figures-report';
import { FIGURES_CSS } from '../figures/html';
import { figuresPage, loginPage, messagePage } from '../figures/page';
import { parisToday, parsePeriod, PeriodError, type FiguresPeriod } from '../figures/period';
import { cookieValue, readerOfSession, readerOfToken, SESSION_COOKIE, SESSION_MS, signSession, type FiguresReader } from '../figures/readers';

/**
 * The Métropole's read-only figures: GET /figures (HTML), GET /figures.csv, the login form and the stylesheet.
 * A reader shows a figures token (`Authorization: Bearer gfr_…`, or once in the login form, which sets a signed
 * session cookie); desks' credentials are not readers and are refused.
 */
export interface FiguresOptions {
  clock: () => Date;
  smallCellThreshold: number;
  /** Signs the session cookies (random per process unless given: a restart asks the readers to log in again). */
  sessionKey: Buffer;
  /** The hub serves TLS itself: the cookie is `Secure`. */
  tls: boolean;
}

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

type Identified = { reader: FiguresReader } | { reader: null; refused: boolean };

export function registerFigures(app: FastifyInstance, pool: pg.Pool, options: FiguresOptions): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    scope.addHook('onSend', async (_request, reply) => {
      reply.headers(SECURITY_HEADERS);
    });
    scope.setErrorHandler((error, request, reply) => {
      request.log.error({ err: error }, 'figures request failed');
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      return reply.status(status >= 400 && status < 500 ? status : 500).type('text/html; charset=utf-8')
        .send(messagePage('Chiffres indisponibles', 'Les chiffres n’ont pas pu être calculés. Réessayez dans un moment ; si cela dure, prévenez l’administrateur du hub.'));
    });

    /** The reader of a Bearer token, else of the session cookie; `refused` when a token was given but is not valid. */
    async function identify(request: FastifyRequest): Promise<Identified> {
      const header = request.headers.authorization;
      if (header) {
        const reader = await readerOfToken(pool, /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1]);
        return reader ? { reader } : { reader: null, refused: true };
      }
      const reader = await readerOfSession(pool, options.sessionKey, cookieValue(request.headers.cookie, SESSION_COOKIE), options.clock());
      return reader ? { reader } : { reader: null, refused: false };
    }

    const unauthorized = (reply: FastifyReply, message: string | null) =>
      reply.status(401).header('www-authenticate', 'Bearer realm="chiffres"').type('text/html; charset=utf-8').send(loginPage(message));

    const periodOf = (request: FastifyRequest): { period: FiguresPeriod; error: string | null } => {
      const today = parisToday(options.clock());
      try {
        return { period: parsePeriod(request.query as Record<string, unknown>, today), error: null };
      } catch (error) {
        if (!(error instanceof PeriodError)) throw error;
        return { period: parsePeriod({}, today), error: error.message };
      }
    };

    const reportOf = (reader: FiguresReader, period: FiguresPeriod) =>
      buildFiguresReport(pool, { collectivityId: reader.collectivityId, collectivityName: reader.collectivityName, period, now: options.clock(), threshold: options.smallCellThreshold });

    scope.get('/figures.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(FIGURES_CSS));

    scope.get('/figures', async (request, reply) => {
      const who = await identify(request);
      if (!who.reader) return unauthorized(reply, who.refused ? 'Jeton refusé : il est inconnu ou a été retiré. Demandez un jeton à l’administrateur du hub.' : null);
      const { period, error } = periodOf(request);
      const query = new URLSearchParams({ periode: period.preset, du: period.from, au: period.to }).toString();
      const page = figuresPage(await reportOf(who.reader, period), query, error);
      return reply.status(error ? 400 : 200).type('text/html; charset=utf-8').send(page);
    });

    scope.get('/figures.csv', async (request, reply) => {
      const who = await identify(request);
      if (!who.reader) return reply.status(401).header('www-authenticate', 'Bearer realm="chiffres"').type('text/plain; charset=utf-8').send('Jeton de lecture requis ou refusé.');
      const { period, error } = periodOf(request);
      if (error) return reply.status(400).type('text/plain; charset=utf-8').send(error);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="chiffres-${period.from}-${period.to}.csv"`)
        .send(figuresCsv(await reportOf(who.reader, period)));
    });

    scope.post('/figures/login', async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const reader = await readerOfToken(pool, typeof body.jeton === 'string' ? body.jeton : undefined);
      if (!reader) return unauthorized(reply, 'Jeton refusé : il est inconnu ou a été retiré. Vérifiez sa saisie ou demandez un jeton à l’administrateur du hub.');
      const cookie = [`${SESSION_COOKIE}=${signSession(options.sessionKey, reader.id, options.clock())}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_MS / 1000}`];
      if (secure(request, options.tls)) cookie.push('Secure');
      return reply.status(303).header('set-cookie', cookie.join('; ')).header('location', '/figures').send();
    });

    scope.post('/figures/logout', async (request, reply) => {
      const cookie = [`${SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0'];
      if (secure(request, options.tls)) cookie.push('Secure');
      return reply.status(303).header('set-cookie', cookie.join('; ')).header('location', '/figures').send();
    });
  });
}

/** TLS served by the hub, or by the reverse proxy in front of it on the same machine. */
function secure(request: FastifyRequest, tls: boolean): boolean {
  if (tls || request.protocol === 'https') return true;
  return request.headers['x-forwarded-proto'] === 'https' && LOOPBACK.test(request.socket.remoteAddress ?? '');
}
