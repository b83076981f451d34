import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { channelNames } from '../shared/channel-names';
import { resolveDbPath } from '../core/default-db-path';
import { DatabaseTooNewError } from '../core/db/migrate';
import { openDatabaseSession, type DatabaseSession } from '../core/host/database-session';
import { realClock } from '../core/host/host-clock';
import { loggedDispatch } from '../core/host/logged-dispatch';
import { logFolder, openLogger } from '../core/log';
import { importWorkerFileName } from '../core/services/import-jobs';
import { ensurePrivateDir } from '../core/services/privacy-files';
import { appOrigin, isAppFrame, isAppUrl, registerAppScheme, serveRenderer } from './app-protocol';
import { isAllowedExternalLink } from './external-links';
import { electronPrinter } from './print-to-pdf';
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

/**
 * The contract over IPC. The database opens (integrity check, retention, daily backup) while the
 * window loads, so a large database does not keep the window from appearing; calls wait for it.
 * A database that cannot be opened (one from a newer Tovholder, say) is explained on screen.
 */
function registerContract(dbPath: string): () => void {
  const log = openLogger(logFolder(dbPath));
  // Observed, not handled: Electron still shows its crash dialog, and the log keeps the (scrubbed) stack.
  process.on('uncaughtExceptionMonitor', (error) => log.error('main.uncaught', error));
  // main.cjs and the import worker's entry are built side by side into dist/node (inside the asar).
  const opening = openDatabaseSession({
    dbPath,
    actor: 'app',
    log,
    printer: electronPrinter(),
    importWorkerPath: join(__dirname, importWorkerFileName),
    now: realClock,
  });
  opening.then(
    () => log.info('host.started', { host: 'electron', electron: process.versions.electron }),
    (error: unknown) => log.error('database.openFailed', error),
  );
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isAppFrame(event.senderFrame)) {
        log.warn('ipc.forbiddenSender', { channel });
        return { ok: false, error: { code: 'forbidden_sender', message: 'Forespørgslen kom ikke fra Tovholder.' } };
      }
      let session: DatabaseSession;
      try {
        session = await opening;
      } catch (error) {
        const message = error instanceof DatabaseTooNewError ? error.message : 'Databasen kunne ikke åbnes. Kontakt support; loggen ligger ved siden af databasen.';
        return { ok: false, error: { code: 'database.unavailable', message } };
      }
      return loggedDispatch(session.handlers, channel, request, log);
    });
  }
  return () => void opening.then((session) => session.close(), () => undefined);
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
  const close = registerContract(resolveDbPath(dbPathFromArgs(process.argv), process.env, app.getPath('userData')));
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
