/**
 * HTML to PDF, one door for every host: the Electron app prints with its own Chromium
 * (`webContents.printToPDF`), the CLI and the browser host with a headless Chromium-family
 * browser. Handlers and the CLI are handed a `Printer` and never know which.
 */
export interface Printer {
  htmlToPdf(html: string): Promise<Uint8Array>;
}
