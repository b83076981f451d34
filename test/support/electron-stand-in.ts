/**
 * A stand-in for Electron's main-process API that records what it is told: the window it opens,
 * the handlers it installs, the IPC it serves. Tests load the real electron/main.ts against it with
 * `vi.mock('electron', () => import('../../support/electron-stand-in'))`.
 */
export type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  userData: '',
  appListeners: new Map<string, Listener>(),
  ipc: new Map<string, Listener>(),
  windows: [] as { options: { webPreferences: Record<string, unknown> }; url?: string }[],
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  privileged: [] as unknown[],
  opened: [] as string[],
  /** The handler `protocol.handle` was given, by scheme: a test calls it as Chromium would. */
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
};

export const app = {
  on: (event: string, listener: Listener) => recorded.appListeners.set(event, listener),
  whenReady: () => Promise.resolve(),
  getPath: () => recorded.userData,
  exit: () => {},
  quit: () => {},
};

export class BrowserWindow {
  static getAllWindows = () => recorded.windows;
  record: { options: { webPreferences: Record<string, unknown> }; url?: string };
  constructor(options: { webPreferences: Record<string, unknown> }) {
    this.record = { options };
    recorded.windows.push(this.record);
  }
  once() {}
  show() {}
  async loadURL(url: string) {
    this.record.url = url;
  }
}

export const ipcMain = { handle: (channel: string, listener: Listener) => recorded.ipc.set(channel, listener) };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (listener: Listener) => (recorded.permissionRequest = listener),
    setPermissionCheckHandler: (listener: Listener) => (recorded.permissionCheck = listener),
  },
};

export const shell = { openExternal: async (url: string) => void recorded.opened.push(url) };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler),
};

/**
 * `net.fetch` for `file://` URLs, as Electron's: the file's bytes with a 200, or a failed fetch
 * for a file that is not there. Anything else is refused: the renderer is served from disk only.
 */
export const net = {
  fetch: async (url: string): Promise<Response> => {
    if (!url.startsWith('file://')) throw new Error(`net.fetch in a test: only file:// URLs, not ${url}`);
    const { readFile } = await import('node:fs/promises');
    const { fileURLToPath } = await import('node:url');
    return new Response(new Uint8Array(await readFile(fileURLToPath(url))), { status: 200, headers: { 'Content-Type': 'text/plain' } });
  },
};
