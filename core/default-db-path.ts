import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its database (Electron's userData for the product name), so the
 * CLI finds the same file without being told.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  // An empty variable is unset, as the XDG specification says: `join('', 'Tovholder')` would put the
  // database in whatever folder the command happens to run in.
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'Tovholder');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tovholder');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Tovholder');
}

export function resolveDbPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, userDataDir = defaultUserDataDir()): string {
  return explicit ?? (env.TOVHOLDER_DB || join(userDataDir, 'tovholder.sqlite'));
}
