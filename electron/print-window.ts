import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The hidden window a document is printed in: sandboxed, no Node, no preload and no JavaScript
 * at all (the printed documents need none), so a patient's name can never run as code.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
