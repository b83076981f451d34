import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { channelNames } from '../shared/channel-names';
import { resolveDbPath } from '../core/default-db-path';
import { openDatabaseSession } from '../core/host/database-session';
import { loggedDispatch } from '../core/host/logged-dispatch';
import { logFolder, openLogger } from '../core/log';
import { ensurePrivateDir } from '../core/services/privacy-files';
import { appOrigin, isAppFrame, isAppUrl, registerAppScheme, serveRenderer } from './app-protocol';
import { isAllowedExternalLink } from './external-links';
import { secureWebPreferences } from './web-preferences';

registerAppScheme();

function dbPathFromArgs(argv: string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}

function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // No page ever opens a window or leaves the app; an allow-listed link goes to the system browser.
    const openOutside = (url: string) => {
      if (isAllowedExternalLink(url)) void shell.openExternal(url);
    };
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      openOutside(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

async function registerContract(dbPath: string): Promise<() => void> {
  const log = openLogger(logFolder(dbPath));
  // Observed, not handled: Electron still shows its crash dialog, and the log keeps the (scrubbed) stack.
  process.on('uncaughtExceptionMonitor', (error) => log.error('main.uncaught', error));
  const session = await openDatabaseSession({ dbPath, actor: 'app', log });
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isAppFrame(event.senderFrame)) {
        log.warn('ipc.forbiddenSender', { channel });
        return { ok: false, error: { code: 'forbidden_sender', message: 'Forespørgslen kom ikke fra Tovholder.' } };
      }
      return loggedDispatch(session.handlers, channel, request, log);
    });
  }
  log.info('host.started', { host: 'electron', electron: process.versions.electron });
  return () => session.close();
}

async function createWindow(): Promise<void> {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Tovholder',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${appOrigin}/index.html`);
}

app.whenReady().then(async () => {
  lockDownWebContents();
  serveRenderer(join(__dirname, '..', 'renderer'));
  // The user-data folder is Tovholder's own: readable by the user alone, like everything in it.
  ensurePrivateDir(app.getPath('userData'), true);
  const close = await registerContract(resolveDbPath(dbPathFromArgs(process.argv), process.env, app.getPath('userData')));
  app.on('will-quit', close);
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}).catch((error: unknown) => {
  console.error('Tovholder kunne ikke starte:', error instanceof Error ? error.message : error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
