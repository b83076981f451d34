/**
 * The renderer's Content-Security-Policy, the same in both hosts: only the app's own scripts
 * and styles, no eval, no remote origins. `connect-src 'self'` lets the browser host's client
 * reach its own API; Electron's renderer talks over IPC and needs no connection at all.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
