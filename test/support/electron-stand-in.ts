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
  handle: () => {},
};

export const net = { fetch: () => Promise.reject(new Error('no files in this test')) };
