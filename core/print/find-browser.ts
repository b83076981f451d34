import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where a Chromium-family browser that can print to PDF may be: `CHROMIUM_PATH` first (a test or
 * an administrator decides), then where Edge and Chrome install on Windows (Edge is on every
 * Windows 10/11 PC), Chrome on macOS, and chromium or google-chrome on the PATH on Linux.
 */
export function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const candidates: string[] = [];
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH);
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    for (const root of roots) candidates.push(join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
    for (const root of roots) candidates.push(join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  } else if (platform === 'darwin') {
    candidates.push('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    candidates.push('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    candidates.push('/Applications/Chromium.app/Contents/MacOS/Chromium');
  } else {
    const path = (env.PATH ?? '').split(delimiter).filter(Boolean);
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']) {
      for (const dir of path) candidates.push(join(dir, name));
    }
  }
  return candidates;
}

export const noBrowserMessage =
  'Der blev ikke fundet en browser at lave PDF med. Installer Microsoft Edge, Google Chrome eller Chromium, ' +
  'eller angiv stien til en af dem i miljøvariablen CHROMIUM_PATH.';

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  return browserCandidates(env, platform).find(exists) ?? null;
}
