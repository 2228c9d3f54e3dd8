import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHub } from '../../hub/src/app';
import { serveHub, ServeRefusedError } from '../../hub/src/serve';
import { openHubDatabase } from './hub-fixtures';

let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'guichet-hub-tls-'));
});
afterAll(async () => {
  await pool.end();
  rmSync(dir, { recursive: true, force: true });
});

function getOverTls(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('serving the hub', () => {
  it('refuses plain HTTP on a non-loopback address, with a French message', async () => {
    const refused = serveHub(pool, { host: '0.0.0.0', port: 0, insecureHttp: false });
    await expect(refused).rejects.toBeInstanceOf(ServeRefusedError);
    await expect(refused).rejects.toThrow(/--tls-cert/);
    await expect(serveHub(pool, { host: '0.0.0.0', port: 0, insecureHttp: false, tlsCert: 'hub.crt' })).rejects.toThrow(/vont ensemble/);
  });

  it('serves HTTPS with the certificate and key given', async () => {
    const cert = path.join(dir, 'hub.crt');
    const key = path.join(dir, 'hub.key');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    const app = buildHub({ pool, tls: { cert: readFileSync(cert), key: readFileSync(key) } });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      expect(url.startsWith('https://')).toBe(true);
      expect(await getOverTls(`${url}/health`, readFileSync(cert))).toEqual({ status: 200, body: '{"ok":true}' });
    } finally {
      await app.close();
    }
  });
});
