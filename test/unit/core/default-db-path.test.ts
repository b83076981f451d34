import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDbPath } from '../../../core/default-db-path';

describe('where the database lives', () => {
  it('takes XDG_CONFIG_HOME and APPDATA when set, and an empty one as unset (never the working folder)', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x/config' })).toBe(join('/x/config', 'Tovholder'));
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '' })).toBe(join(homedir(), '.config', 'Tovholder'));
    expect(defaultUserDataDir('linux', {})).toBe(join(homedir(), '.config', 'Tovholder'));
    expect(defaultUserDataDir('win32', { APPDATA: '' })).toBe(join(homedir(), 'AppData', 'Roaming', 'Tovholder'));
  });

  it('takes --db, then TOVHOLDER_DB unless it is empty, then the data folder', () => {
    expect(resolveDbPath('/a.sqlite', { TOVHOLDER_DB: '/b.sqlite' }, '/data')).toBe('/a.sqlite');
    expect(resolveDbPath(undefined, { TOVHOLDER_DB: '/b.sqlite' }, '/data')).toBe('/b.sqlite');
    expect(resolveDbPath(undefined, { TOVHOLDER_DB: '' }, '/data')).toBe(join('/data', 'tovholder.sqlite'));
  });
});
