import { appendFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scrubText } from './log-scrub';
import { ensurePrivateDir, privateFileMode } from './services/privacy-files';

/**
 * The hosts' log: one JSON line per event in `logs/tovholder-YYYY-MM-DD.log` beside the database,
 * the folder 0700 and the files 0600. A line holds an event code, counts, durations, ids and error
 * codes, never a message, a file name or a value: an error is logged as its class and code, not its
 * text. Any string that still reads like text is dropped, and the rest is scrubbed of CPR numbers,
 * names and phone numbers, as two lines of defence behind the call sites. Files older than
 * `keepDays` are deleted when the log opens.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly folder: string;
  info: (event: string, details?: Record<string, unknown>) => void;
  warn: (event: string, details?: Record<string, unknown>) => void;
  /** `error` is logged as its class and code; `undefined` when there is none, only details. */
  error: (event: string, error: unknown, details?: Record<string, unknown>) => void;
}

export function logFolder(dbPath: string): string {
  return join(dirname(dbPath), 'logs');
}

const logName = /^tovholder-(\d{4}-\d{2}-\d{2})\.log$/;

// A code, an id, a class name, a number as text or an ISO date: ASCII, no spaces, short. Anything else is
// text, and text is where a patient's name, a file name or a cell of the extract could be quoted.
const codeLike = /^[A-Za-z0-9_.:+\-]{0,80}$/;
const textDropped = '[tekst]';

/** A detail as a log may hold it: numbers, booleans and code-like strings; other text is dropped. */
export function loggableValue(value: unknown): unknown {
  if (typeof value === 'string') return codeLike.test(value) ? scrubText(value) : textDropped;
  if (Array.isArray(value)) return value.map(loggableValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [codeLike.test(key) ? key : textDropped, loggableValue(inner)]));
  }
  return value;
}

// "    at readExtract (/home/jens/app/dist/node/main.cjs:12:34)": the function and the code file's
// own name only; the folder it lies in can carry the user's name, and a message line is text.
const stackFrame = /^\s*at (?:(?<fn>[\w$.<>\[\] ]+?) \()?(?:node:|.*[/\\])?(?<file>[\w.-]+):(?<line>\d+):(?<column>\d+)\)?$/;

function stackFrames(stack: string | undefined): string[] {
  const frames: string[] = [];
  for (const line of (stack ?? '').split('\n')) {
    const frame = stackFrame.exec(line)?.groups;
    if (frame) frames.push(`${frame.fn ?? '<anonymous>'} (${frame.file}:${frame.line}:${frame.column})`);
    if (frames.length === 8) break;
  }
  return frames;
}

/**
 * An error as far as a log may hold it: its class, its code (a contract error's, or Node's
 * `ENOENT` and the like) and where it was thrown. Never its message: it may quote a file name or
 * a cell of the extract.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error === undefined) return {};
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    error: codeLike.test(error.name) ? error.name : 'Error',
    ...(typeof code === 'string' && codeLike.test(code) ? { code } : {}),
    stack: stackFrames(error.stack),
  };
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
    // A detail never overwrites when, how bad or what happened.
    const line = JSON.stringify({ ...(loggableValue(details) as object), at: at.toISOString(), level, event: loggableValue(event) });
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
