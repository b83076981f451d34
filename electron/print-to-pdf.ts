import { app, BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Printer } from '../core/print/printer';
import { printWindowOptions } from './print-window';

/**
 * The app's printer: Electron's own Chromium prints the document in a hidden window, so the app
 * needs no other browser. The document goes through a private temporary file (a data: URL has a
 * size limit a long list can pass), removed when printed.
 */
export function electronPrinter(): Printer {
  return {
    async htmlToPdf(html) {
      const dir = await mkdtemp(join(app.getPath('temp'), 'tovholder-print-'));
      const window = new BrowserWindow(printWindowOptions());
      try {
        const file = join(dir, 'print.html');
        await writeFile(file, html, 'utf8');
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
