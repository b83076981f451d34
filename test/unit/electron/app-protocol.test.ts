import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { recorded } from '../../support/electron-stand-in';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../support/electron-stand-in'));

const tempDir = useTempDir();

/**
 * The real `serveRenderer` against a stand-in whose `protocol.handle` keeps the handler and whose
 * `net.fetch` reads files: the handler is then called with the requests a page (or an attacker
 * inside it) could make. Beside the renderer folder lie a secret file and a folder whose name
 * starts like the renderer's, which a prefix check without the separator would let through.
 */
async function handler(): Promise<(url: string) => Promise<Response>> {
  const dir = tempDir();
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Tovholder</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'CPR 0101011234');
  mkdirSync(join(dir, 'renderer-evil'));
  writeFileSync(join(dir, 'renderer-evil', 'a.txt'), 'not the app');
  const { serveRenderer } = await import('../../../electron/app-protocol');
  serveRenderer(renderer);
  const handle = recorded.protocolHandlers.get('app');
  if (!handle) throw new Error('serveRenderer registered no handler for app://');
  return async (url) => {
    try {
      return await handle(new Request(url));
    } catch {
      // A file that is not there fails the fetch, as in Electron: the page gets no content.
      return new Response(null, { status: 599 });
    }
  };
}

describe('the app:// protocol handler', () => {
  it('serves the renderer with the CSP and nosniff on every response', async () => {
    const get = await handler();
    for (const url of ['app://tovholder/', 'app://tovholder/index.html', 'app://tovholder/assets/app.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
    }
    expect(await (await get('app://tovholder/')).text()).toContain('<title>Tovholder</title>');
  });

  it.each([
    'app://tovholder/../secret.txt',
    'app://tovholder/%2e%2e/secret.txt',
    'app://tovholder/..%2fsecret.txt',
    'app://tovholder/assets/..%2f..%2fsecret.txt',
    'app://tovholder/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://tovholder/..%2frenderer-evil%2fa.txt',
    'app://tovholder/%2fetc%2fpasswd',
  ])('serves nothing outside the renderer folder: %s', async (url) => {
    const response = await (await handler())(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toMatch(/CPR|not the app|root:/);
  });

  it('answers only for the app host', async () => {
    const get = await handler();
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://tovholder.evil/index.html')).status).toBe(404);
  });
});
