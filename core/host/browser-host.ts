import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { dispatch, type Handlers } from '../contract-handlers';
import type { Logger } from '../log';
import { loggedDispatch } from './logged-dispatch';

/**
 * The second host of the contract: the built renderer and the contract over HTTP on 127.0.0.1.
 * Only this machine can connect; only a page that knows the launch's secret token can call the
 * contract; a request naming another Host or Origin (DNS rebinding, another site) is refused.
 */

export interface BrowserHostOptions {
  handlers: Handlers;
  staticDir: string;
  token?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Where calls and failures are logged (scrubbed); without it nothing is logged. */
  log?: Logger;
}

export interface BrowserHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } });
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024 * 1024;
  const staticRoot = normalize(options.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(staticRoot, relative));
    if (!file.startsWith(staticRoot + sep)) return send(res, 404, 'Ikke fundet', 'text/plain; charset=utf-8');
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      send(res, 404, 'Ikke fundet', 'text/plain; charset=utf-8');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, errorBody('forbidden_host', 'Forkert værtsnavn.'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, errorBody('forbidden_origin', 'Forespørgsler fra andre sider afvises.'));
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, errorBody('method', 'Metoden er ikke tilladt.'));
      return serveStatic(url.pathname, res);
    }
    if (req.method !== 'POST') return send(res, 405, errorBody('method', 'Metoden er ikke tilladt.'));
    if (!sameToken(req.headers['x-tovholder-token'] as string | undefined, token)) {
      return send(res, 401, errorBody('unauthorized', 'Adgang nægtet: forkert eller manglende nøgle.'));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, errorBody('content_type', 'Forespørgslen skal være JSON.'));
    }
    let request: unknown;
    try {
      request = JSON.parse(await readBody(req, maxBodyBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, 413, errorBody('too_large', 'Forespørgslen er for stor.'));
      return send(res, 400, errorBody('invalid_json', 'Forespørgslen er ikke gyldig JSON.'));
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    const envelope = options.log
      ? await loggedDispatch(options.handlers, channel, request, options.log)
      : await dispatch(options.handlers, channel, request);
    send(res, 200, JSON.stringify(envelope));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.error('host.internal', error);
      if (!res.headersSent) send(res, 500, errorBody('internal', 'Der skete en uventet fejl.'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
