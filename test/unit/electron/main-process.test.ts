import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/channel-names';
import { secureWebPreferences } from '../../../electron/web-preferences';
import { recorded as electron, type Listener } from '../../support/electron-stand-in';

// The real main process (electron/main.ts) against a recording stand-in for Electron's API.
vi.mock('electron', () => import('../../support/electron-stand-in'));

interface FakeContents {
  windowOpen?: Listener;
  listeners: Map<string, Listener>;
}

function fakeContents(): FakeContents & Record<string, unknown> {
  const contents: FakeContents & Record<string, unknown> = {
    listeners: new Map(),
    setWindowOpenHandler: (handler: Listener) => (contents.windowOpen = handler),
    on: (event: string, listener: Listener) => contents.listeners.set(event, listener),
  };
  electron.appListeners.get('web-contents-created')?.({}, contents);
  return contents;
}

function fire(contents: FakeContents, event: string, url: string): { prevented: boolean } {
  let prevented = false;
  contents.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
  return { prevented };
}

describe('the Electron main process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tovholder-main-'));
    electron.userData = join(dir, 'userData');
    vi.stubEnv('TOVHOLDER_DB', join(dir, 'userData', 'tovholder.sqlite'));
    await import('../../../electron/main');
    await vi.waitFor(() => expect(electron.windows[0]?.url).toBeDefined());
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens one window with the locked-down web preferences, on app://, not file://', () => {
    expect(electron.windows).toHaveLength(1);
    const prefs = electron.windows[0]!.options.webPreferences;
    expect(prefs).toEqual(secureWebPreferences(prefs.preload as string));
    expect(electron.windows[0]!.url).toBe('app://tovholder/index.html');
    expect(electron.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('denies every new window, and sends only allow-listed links to the system browser', () => {
    const contents = fakeContents();
    expect(contents.windowOpen?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'https://www.sundhed.dk/borger/' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://www.sundhed.dk/borger/']);
  });

  it('keeps every page inside the app: navigation, redirects and webviews elsewhere are stopped', () => {
    const contents = fakeContents();
    expect(fire(contents, 'will-navigate', 'app://tovholder/index.html').prevented).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'not a url']) {
      expect(fire(contents, 'will-navigate', url).prevented, url).toBe(true);
      expect(fire(contents, 'will-redirect', url).prevented, url).toBe(true);
    }
    expect(fire(contents, 'will-attach-webview', '').prevented).toBe(true);
  });

  it('refuses every permission request and check (camera, notifications, geolocation …)', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      electron.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(electron.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('serves exactly the contract channels over IPC, and only to the app\'s own top frame', async () => {
    expect([...electron.ipc.keys()].sort()).toEqual([...channelNames].sort());
    const status = electron.ipc.get('status:get')!;
    const own = { senderFrame: { url: 'app://tovholder/index.html', parent: null } };
    expect(await status(own, {})).toMatchObject({ ok: true });
    for (const senderFrame of [
      { url: 'https://example.com/', parent: null },
      { url: 'app://tovholder.evil.example/index.html', parent: null },
      { url: 'app://tovholder/index.html', parent: {} },
      null,
    ]) {
      expect(await status({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
  });
});
