import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the built renderer read-only; anything outside its folder or not a GET is refused. */
export function serveStatic(rootDir: string, allowedHosts: () => string[]) {
  const root = path.resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const send = (status: number, text: string) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(text);
    };
    if (!allowedHosts().includes(request.headers.host ?? '')) return send(421, 'Hôte refusé.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Méthode refusée.');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'Adresse invalide.');
    }
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep)) return send(404, 'Introuvable.');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return send(404, 'Introuvable.');
      size = stat.size;
    } catch {
      return send(404, 'Introuvable.');
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  };
}
