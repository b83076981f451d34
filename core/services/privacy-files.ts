import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';

/**
 * Patient data on disk is readable by the user alone: folders 0700, files 0600 on Linux and
 * macOS. On Windows the files live in the user's own profile folder, whose ACL already keeps
 * other users out; POSIX modes mean nothing there, so they are not set.
 */
const posix = process.platform !== 'win32';

export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

/**
 * Creates a folder (and its missing parents) as 0700. An existing folder is narrowed only when
 * `narrowExisting` says it is Tovholder's own (backups, logs, the app's data folder), never a
 * folder the user named with `--db`, which may be shared like /tmp.
 */
export function ensurePrivateDir(path: string, narrowExisting = false): void {
  const created = mkdirSync(path, { recursive: true, mode: privateDirMode });
  if (posix && (created !== undefined || narrowExisting)) chmodSync(path, privateDirMode);
}

/**
 * Creates the file empty (0600) if it is missing, and narrows it if it exists. SQLite gives the
 * -wal and -shm files the mode of the database file, so creating the database first this way
 * keeps those private too.
 */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', privateFileMode));
  restrictFile(path);
}

export function restrictFile(path: string): void {
  if (posix) chmodSync(path, privateFileMode);
}

/** Writes a file that holds patient data (a recall list, letters, an SMS list) readable by the user alone. */
export function writePrivateFile(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes, { mode: privateFileMode });
  restrictFile(path);
}
