import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/web-preferences';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';

describe('the window the renderer runs in', () => {
  const prefs = secureWebPreferences('/app/preload.cjs');

  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps web security on and insecure content and experimental features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has a strict CSP: own scripts only, no eval, no inline script, no remote origin', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
