import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../../core/host/database-session';
import { openLogger } from '../../../core/log';
import { startBrowserHost, type BrowserHost } from '../../../core/host/browser-host';
import { builtWorkerPath } from '../../support/import-jobs';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function start(maxBodyBytes?: number) {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tovholder</title>');
  writeFileSync(join(dir, 'secret.txt'), 'hemmelig');
  const now = () => new Date('2026-11-23T09:00:00Z');
  const log = openLogger(join(dir, 'logs'), { now });
  const session = await openDatabaseSession({ dbPath: join(dir, 'host.sqlite'), actor: 'test', log, now, importWorkerPath: builtWorkerPath });
  const host = await startBrowserHost({ handlers: session.handlers, log, staticDir, ...(maxBodyBytes ? { maxBodyBytes } : {}) });
  hosts.push(host);
  return host;
}

/** Raw HTTP, so the test can send the Host and Origin headers a browser would not let it forge. */
function send(host: BrowserHost, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (host: BrowserHost, channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(host, {
    path: `/api/${channel}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tovholder-token': host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 on a free port with a fresh secret token each launch', async () => {
    const a = await start();
    const b = await start();
    expect(a.port).not.toBe(b.port);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
    expect(a.url).toBe(`http://127.0.0.1:${a.port}/#token=${a.token}`);
  });

  it('answers contract calls that carry the token', async () => {
    const host = await start();
    const response = await api(host, 'status:get', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { patients: 0, active: 0, latestExtractDate: null, batches: [] } });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    const host = await start();
    expect((await api(host, 'status:get', {}, { 'x-tovholder-token': '' })).status).toBe(401);
    expect((await api(host, 'status:get', {}, { 'x-tovholder-token': 'x'.repeat(host.token.length) })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const host = await start();
    expect((await send(host, { path: '/', headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api(host, 'status:get', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(host, 'status:get', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses bodies over the size limit and non-JSON bodies', async () => {
    const host = await start(1024);
    expect((await api(host, 'status:get', { padding: 'x'.repeat(5000) })).status).toBe(413);
    const notJson = await send(host, { path: '/api/status:get', method: 'POST', headers: { 'content-type': 'text/plain', 'x-tovholder-token': host.token }, body: '{}' });
    expect(notJson.status).toBe(415);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const host = await start();
    const index = await send(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect((await send(host, { path: '/../secret.txt' })).body).not.toContain('hemmelig');
    expect((await send(host, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('validates requests with the contract', async () => {
    const host = await start();
    const response = JSON.parse((await api(host, 'flags:list', { asOf: '31-05-2026' })).body);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
