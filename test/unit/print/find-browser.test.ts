import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../../core/print/find-browser';

describe('finding a browser to print with', () => {
  it('tries CHROMIUM_PATH first, then Edge and Chrome on Windows', () => {
    const env = { CHROMIUM_PATH: 'C:\\mine\\chrome.exe', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    const candidates = browserCandidates(env, 'win32');
    expect(candidates[0]).toBe('C:\\mine\\chrome.exe');
    expect(candidates[1]).toMatch(/Program Files \(x86\).Microsoft.Edge.Application.msedge\.exe$/);
    expect(candidates.some((c) => c.endsWith('chrome.exe') && c.includes('Google'))).toBe(true);
  });

  it('looks for Chrome on macOS and chromium or google-chrome on the Linux PATH', () => {
    expect(browserCandidates({}, 'darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const linux = browserCandidates({ PATH: '/usr/local/bin:/usr/bin' }, 'linux');
    expect(linux.slice(0, 3)).toEqual(['/usr/local/bin/chromium', '/usr/bin/chromium', '/usr/local/bin/chromium-browser']);
    expect(linux).toContain('/usr/bin/google-chrome');
  });

  it('returns the first that exists, or null', () => {
    const env = { PATH: '/a:/b' };
    expect(findBrowser(env, 'linux', (path) => path === '/b/google-chrome' || path === '/b/chromium')).toBe('/b/chromium');
    expect(findBrowser(env, 'linux', () => false)).toBeNull();
  });
});
