import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { buildHub } from './app';
import { purgeBookingIdentities } from './bookings/take-seat';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface ServeOptions {
  host: string;
  port: number;
  tlsCert?: string;
  tlsKey?: string;
  insecureHttp: boolean;
  /** Counts of people under it are masked on the figures page. */
  smallCellThreshold?: number;
}

export class ServeRefusedError extends Error {}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Listens until SIGINT/SIGTERM. Plain HTTP only on loopback (behind a TLS reverse proxy) unless forced. */
export async function serveHub(pool: pg.Pool, options: ServeOptions): Promise<void> {
  if (Boolean(options.tlsCert) !== Boolean(options.tlsKey)) throw new ServeRefusedError('--tls-cert et --tls-key vont ensemble : donnez les deux.');
  const tls = options.tlsCert && options.tlsKey ? { cert: readFileSync(options.tlsCert), key: readFileSync(options.tlsKey) } : undefined;
  if (!tls && !LOOPBACK.test(options.host) && !options.insecureHttp) {
    throw new ServeRefusedError(
      `Refus d'écouter en HTTP sans chiffrement sur ${options.host} : les postes y enverraient leurs identifiants en clair.\n` +
        'Donnez --tls-cert et --tls-key, ou écoutez sur 127.0.0.1 derrière un proxy inverse HTTPS, ' +
        'ou forcez avec --insecure-http (réseau de test uniquement).',
    );
  }
  const app = buildHub({ pool, log: { level: 'info' }, tls, figures: options.smallCellThreshold ? { smallCellThreshold: options.smallCellThreshold } : undefined });
  const address = await app.listen({ host: options.host, port: options.port });
  console.log(`Hub Guichet prêt : ${address}`);
  // People booked through the hub: their name and phone are removed a week after the workshop (checked hourly).
  const purge = () =>
    purgeBookingIdentities(pool, new Date()).then(
      (count) => count > 0 && console.log(`Coordonnées retirées de ${count} inscription(s) passée(s).`),
      (error: unknown) => console.error('Purge des inscriptions impossible :', error instanceof Error ? error.message : error),
    );
  void purge();
  const purgeTimer = setInterval(() => void purge(), PURGE_INTERVAL_MS);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Arrêt du hub…');
  clearInterval(purgeTimer);
  await app.close();
}
