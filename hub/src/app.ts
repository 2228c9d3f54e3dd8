import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { HubError } from './hub-error';
import { CURRENT_CATALOGUE, type OperationCatalogue } from './push/operation-catalogue';
import { DEFAULT_SMALL_CELL_THRESHOLD } from '../../electron/common/domain/reports/small-cells';
import { registerBookings } from './routes/bookings.route';
import { registerEnroll } from './routes/enroll.route';
import { registerFigures } from './routes/figures.route';
import { registerPull } from './routes/pull.route';
import { registerPush } from './routes/push.route';

export interface HubOptions {
  /** The hub's database, migrated (`migrateHub`). Either a pg pool or a drizzle database over one. */
  pool?: pg.Pool;
  db?: { $client: pg.Pool };
  /** The hub's clock (tests move it); the desks' clocks never decide anything. */
  clock?: () => Date;
  /** Fastify's logger: false (default), true, or a logger configuration. */
  log?: boolean | Record<string, unknown>;
  /** TLS certificate and key (PEM): the hub then serves HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Negative control of test S2: skips the processed-operation check. Never in production. */
  naive?: boolean;
  /** The operations understood (tests of S10 inject an "upgraded" catalogue). */
  catalogue?: OperationCatalogue;
  /** The figures page: small-cell threshold (5 by default) and the key that signs its sessions (random by default). */
  figures?: { smallCellThreshold?: number; sessionKey?: Buffer };
}

/** Pushes carry whole deliveries of carnets (`carnets.received`): bodies larger than Fastify's 1 MiB default. */
const BODY_LIMIT = 64 * 1024 * 1024;

/** The hub's HTTP service (not listening: call `listen`, or `inject` in tests). */
export function buildHub(options: HubOptions): FastifyInstance {
  const pool = options.pool ?? options.db?.$client;
  if (!pool) throw new Error('buildHub needs a pool or a db');
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.log ?? false,
    bodyLimit: BODY_LIMIT,
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }) as unknown as FastifyInstance;

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const hubError = toHubError(error, request.log);
    return reply.status(hubError.status).send(hubError.body());
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send(new HubError('invalid_request', "Adresse inconnue du hub : vérifiez l'adresse du hub saisie sur le poste.", 404).body()),
  );

  app.decorateRequest('desk', null);
  app.get('/health', async () => ({ ok: true }));
  registerEnroll(app, pool, clock);
  registerPush(app, pool, { catalogue: options.catalogue ?? CURRENT_CATALOGUE, naive: options.naive ?? false, clock });
  registerPull(app, pool, clock);
  registerBookings(app, pool, clock);
  registerFigures(app, pool, {
    clock,
    smallCellThreshold: options.figures?.smallCellThreshold ?? DEFAULT_SMALL_CELL_THRESHOLD,
    sessionKey: options.figures?.sessionKey ?? randomBytes(32),
    tls: Boolean(options.tls),
  });
  return app;
}

/** Protocol errors as they are; Fastify's own 4xx (bad JSON, body too large…) as `invalid_request`; the rest 500. */
function toHubError(error: FastifyError, log: FastifyBaseLogger): HubError {
  if (error instanceof HubError) return error;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new HubError('invalid_request', status === 413 ? 'Envoi trop volumineux pour le hub : le poste doit envoyer de plus petits lots.' : undefined, status);
  }
  log.error({ err: error }, 'hub request failed');
  return new HubError('server_error');
}
