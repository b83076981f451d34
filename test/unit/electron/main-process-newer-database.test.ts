import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recorded as electron } from '../../support/electron-stand-in';

vi.mock('electron', () => import('../../support/electron-stand-in'));

describe('the Electron main process on a database from a newer Tovholder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tovholder-main-'));
    electron.userData = join(dir, 'userData');
    mkdirSync(electron.userData);
    const dbPath = join(electron.userData, 'tovholder.sqlite');
    const newer = new Database(dbPath);
    newer.pragma('user_version = 999');
    newer.close();
    vi.stubEnv('TOVHOLDER_DB', dbPath);
    await import('../../../electron/main');
    await vi.waitFor(() => expect(electron.windows[0]?.url).toBeDefined());
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still opens its window, and every call explains in Danish why there is no data', async () => {
    const status = electron.ipc.get('status:get')!;
    const answer = await status({ senderFrame: { url: 'app://tovholder/index.html', parent: null } }, {});
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'database.unavailable', message: expect.stringContaining('nyere udgave af Tovholder') },
    });
  });
});
