import { appendFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scrubText, scrubValue } from './log-scrub';
import { ensurePrivateDir, privateFileMode } from './services/privacy-files';

/**
 * The hosts' log: one JSON line per event in `logs/tovholder-YYYY-MM-DD.log` beside the database,
 * the folder 0700 and the files 0600. Every string is scrubbed of CPR numbers, names and phone
 * numbers before it is written. Files older than `keepDays` are deleted when the log opens.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly folder: string;
  info: (event: string, details?: Record<string, unknown>) => void;
  warn: (event: string, details?: Record<string, unknown>) => void;
  error: (event: string, error: unknown, details?: Record<string, unknown>) => void;
}

export function logFolder(dbPath: string): string {
  return join(dirname(dbPath), 'logs');
}

const logName = /^tovholder-(\d{4}-\d{2}-\d{2})\.log$/;

/** An error as far as a log may hold it: its kind, its scrubbed message, its scrubbed stack. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: scrubText(String(error)) };
  return { error: error.name, message: scrubText(error.message), stack: scrubText(error.stack ?? '').split('\n').slice(0, 8) };
}

export function openLogger(folder: string, options: { now?: () => Date; keepDays?: number } = {}): Logger {
  const now = options.now ?? (() => new Date());
  const keepDays = options.keepDays ?? 30;
  if (existsSync(folder)) {
    const oldest = new Date(now().getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
    for (const file of readdirSync(folder)) {
      const day = logName.exec(file)?.[1];
      if (day !== undefined && day < oldest) rmSync(join(folder, file), { force: true });
    }
  }

  // The folder is made on the first write, so "Slet alle data" can remove it and a log that is
  // never written to leaves nothing behind.
  const write = (level: LogLevel, event: string, details: Record<string, unknown>) => {
    const at = now();
    ensurePrivateDir(folder, true);
    const line = JSON.stringify({ at: at.toISOString(), level, event: scrubText(event), ...(scrubValue(details) as object) });
    appendFileSync(join(folder, `tovholder-${at.toISOString().slice(0, 10)}.log`), `${line}\n`, { mode: privateFileMode });
  };
  const safely = (level: LogLevel, event: string, details: Record<string, unknown>) => {
    try {
      write(level, event, details);
    } catch {
      // A full or read-only disk must not take the app down with it; the log is a help, not a duty.
    }
  };
  return {
    folder,
    info: (event, details = {}) => safely('info', event, details),
    warn: (event, details = {}) => safely('warn', event, details),
    error: (event, error, details = {}) => safely('error', event, { ...details, ...describeError(error) }),
  };
}
