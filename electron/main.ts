import { app, BrowserWindow, ipcMain, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { channelNames } from '../shared/channel-names';
import { openAppContext } from '../core/app-context';
import { createHandlers, dispatch } from '../core/contract-handlers';
import { resolveDbPath } from '../core/default-db-path';
import { createImportJobs, importWorkerFileName } from '../core/services/import-jobs';
import { appOrigin, isAppFrame, registerAppScheme, serveRenderer } from './app-protocol';
import { secureWebPreferences } from './web-preferences';

registerAppScheme();

function dbPathFromArgs(argv: string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}

function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (new URL(url).origin !== appOrigin) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function registerContract(dbPath: string): () => void {
  mkdirSync(dirname(dbPath), { recursive: true });
  const ctx = openAppContext(dbPath, { actor: 'app' });
  // main.cjs and the worker's entry are built side by side into dist/node (inside the asar).
  const logInternalError = (error: unknown) => console.error('Intern fejl', error instanceof Error ? error.name : 'ukendt');
  const importJobs = createImportJobs({
    dbPath,
    workerPath: join(__dirname, importWorkerFileName),
    actor: 'app',
    now: ctx.now,
    onWorkerError: logInternalError,
  });
  const handlers = createHandlers(ctx, importJobs);
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isAppFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden_sender', message: 'Forespørgslen kom ikke fra Tovholder.' } };
      }
      return dispatch(handlers, channel, request, logInternalError);
    });
  }
  return () => {
    void importJobs.close();
    ctx.db.close();
  };
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
