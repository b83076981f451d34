import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContractError } from '../../shared/contract';
import { findBrowser, noBrowserMessage } from './find-browser';
import type { Printer } from './printer';

export interface HeadlessBrowserOptions {
  /** The browser to run; found with `findBrowser` when left out, at the first print. */
  browserPath?: string;
  /** Longest a print may take before the browser is stopped. */
  timeoutMs?: number;
}

/**
 * Prints with a headless Chromium-family browser (`--print-to-pdf`), for the CLI and the browser
 * host. The HTML goes to a private temporary folder and is removed afterwards, with the browser's
 * throw-away profile. Scripts cannot run: the documents escape every value and their own CSP
 * (`default-src 'none'`) forbids scripts and loading anything. (Turning scripts off with
 * `--blink-settings` would be a second lock, but headless Chromium then writes no PDF at all.)
 */
export function headlessBrowserPrinter(options: HeadlessBrowserOptions = {}): Printer {
  const timeout = options.timeoutMs ?? 120_000;
  return {
    async htmlToPdf(html) {
      const browser = options.browserPath ?? findBrowser();
      if (browser === null) throw new ContractError('print.no_browser', noBrowserMessage);
      const dir = await mkdtemp(join(tmpdir(), 'tovholder-print-'));
      try {
        const input = join(dir, 'print.html');
        const output = join(dir, 'print.pdf');
        await writeFile(input, html, 'utf8');
        await run(browser, [...browserArgs(dir, output), pathToFileURL(input).href], timeout);
        return new Uint8Array(await readFile(output));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function browserArgs(dir: string, output: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${output}`,
  ];
  // Chromium refuses to start as root with its sandbox (CI containers run as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

function run(file: string, args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', windowsHide: true }, (error) => {
      if (!error) return resolve();
      const reason = error.killed ? `den tog mere end ${Math.round(timeout / 1000)} sekunder` : 'browseren meldte en fejl';
      reject(new ContractError('print.failed', `PDF-filen kunne ikke laves: ${reason}.`));
    });
  });
}
