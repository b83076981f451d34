import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../shared/content-security-policy';

/**
 * The renderer is served from `app://tovholder/`, not `file://`: a standard, secure origin of
 * its own, so the CSP and the IPC sender check have one exact origin to hold on to, and no page
 * can read arbitrary files by URL.
 */
export const appScheme = 'app';
export const appOrigin = 'app://tovholder';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir);
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'tovholder') return new Response('Ikke fundet', { status: 404 });
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) return new Response('Ikke fundet', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * True for an address of the app itself. Compared by scheme and host, not by `origin`: Node's URL
 * (the main process's) gives every non-special scheme the opaque origin "null".
 */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${appScheme}:` && parsed.host === 'tovholder' && parsed.username === '' && parsed.port === '';
}

/** True only for the app's own top-level page: IPC from any other frame is refused. */
export function isAppFrame(frame: { url: string; parent: unknown } | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
