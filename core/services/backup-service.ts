import Database from 'better-sqlite3';
import { copyFileSync, existsSync, fsyncSync, openSync, closeSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/backups';
import type { AppContext } from '../app-context';
import { integrityProblems, prepareBackupQueries, type StateMark } from '../db/backup-queries';
import { ensurePrivateDir, restrictFile } from './privacy-files';

/**
 * Backups are whole, consistent copies of the database made with SQLite's online backup API
 * (better-sqlite3's `db.backup`), so a copy taken while the app runs is never half-written.
 * They live in a `backups` folder beside the database, 0700, each file 0600.
 */

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

const namePattern = /^tovholder-(\d{8})T(\d{6})(\d{3})Z-(import|daily|restore|manual)(?:-(\d+))?\.sqlite$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('.', '');
}

interface ParsedName {
  createdAt: Date;
  reason: BackupReason;
  sequence: number;
}

function parseName(fileName: string): ParsedName | null {
  const match = namePattern.exec(fileName);
  if (!match) return null;
  const [, day, time, ms, reason, sequence] = match as unknown as [string, string, string, string, BackupReason, string | undefined];
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}.${ms}Z`;
  return { createdAt: new Date(iso), reason, sequence: sequence === undefined ? 1 : Number(sequence) };
}

/** The backups in a folder, newest first. Files that are not Tovholder's backups are ignored. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const found: (BackupInfo & { sequence: number })[] = [];
  for (const fileName of readdirSync(folder)) {
    const parsed = parseName(fileName);
    if (!parsed) continue;
    found.push({
      fileName,
      createdAt: parsed.createdAt.toISOString(),
      reason: parsed.reason,
      sizeBytes: statSync(join(folder, fileName)).size,
      sequence: parsed.sequence,
    });
  }
  found.sort((a, b) => (a.createdAt === b.createdAt ? b.sequence - a.sequence : a.createdAt < b.createdAt ? 1 : -1));
  return found.map(({ sequence: _sequence, ...info }) => info);
}

/** Keeps the newest `keep` backups and deletes the rest. */
export function pruneBackups(folder: string, keep: number): string[] {
  const removed = listBackups(folder).slice(keep).map((backup) => backup.fileName);
  for (const fileName of removed) rmSync(join(folder, fileName), { force: true });
  return removed;
}

/**
 * Removes `.part` files of backups that never finished (the app was killed while copying). Only
 * ones over an hour old: a younger one may be another Tovholder's backup in progress.
 */
export function removeInterruptedBackups(folder: string, now: Date): string[] {
  if (!existsSync(folder)) return [];
  const removed: string[] = [];
  for (const fileName of readdirSync(folder)) {
    if (!fileName.endsWith('.sqlite.part')) continue;
    const path = join(folder, fileName);
    if (now.getTime() - statSync(path).mtimeMs < 3_600_000) continue;
    rmSync(path, { force: true });
    removed.push(fileName);
  }
  return removed;
}

function freeName(folder: string, at: Date, reason: BackupReason): string {
  for (let sequence = 1; ; sequence++) {
    const name = `tovholder-${stamp(at)}-${reason}${sequence === 1 ? '' : `-${sequence}`}.sqlite`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.part`))) return name;
  }
}

/** Checks a backup file on its own connection, read-only, with SQLite's quick check. */
export function backupProblems(path: string): string[] {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return integrityProblems(db, 'quick_check');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/** The state a backup holds (its newest audit entry); read without a full check, so it stays cheap. */
function backupMark(path: string): StateMark | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return prepareBackupQueries(db).stateMark();
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function sameMark(a: StateMark | null, b: StateMark | null): boolean {
  return a !== null && b !== null && a.id === b.id && a.at === b.at;
}

/**
 * The copy inherits the database's WAL mode, and opening a WAL file (even read-only) leaves -wal
 * and -shm files beside it. In rollback mode a backup is one file that opens cleanly anywhere.
 */
function selfContained(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Takes a backup now. It is written under a `.part` name and renamed when complete, so the
 * list never shows a copy that is still being written; then the oldest beyond `keep` go.
 */
export async function createBackup(ctx: AppContext, reason: BackupReason, keep: number): Promise<BackupInfo> {
  const folder = backupFolder(ctx.db.name);
  ensurePrivateDir(folder, true);
  const fileName = freeName(folder, ctx.now(), reason);
  const partial = join(folder, `${fileName}.part`);
  try {
    await ctx.db.backup(partial);
    restrictFile(partial);
    selfContained(partial);
    renameSync(partial, join(folder, fileName));
  } finally {
    rmSync(partial, { force: true });
  }
  pruneBackups(folder, keep);
  const made = listBackups(folder).find((backup) => backup.fileName === fileName);
  if (!made) throw new Error(`backup ${fileName} vanished after it was written`);
  return made;
}

/**
 * The backup taken before an import, at start and before a restore: only when there is data to
 * keep and it differs from the newest backup (same newest audit entry = same data). So ten files
 * refused in a row do not push the real history out of the ten kept backups.
 */
export async function backUpIfChanged(ctx: AppContext, reason: BackupReason, keep: number): Promise<BackupInfo | null> {
  const mark = ctx.backupQueries.stateMark();
  if (mark === null) return null;
  const newest = listBackups(backupFolder(ctx.db.name))[0];
  if (newest && sameMark(backupMark(join(backupFolder(ctx.db.name), newest.fileName)), mark)) return newest;
  return createBackup(ctx, reason, keep);
}

/** The newest backup that passes SQLite's quick check: what a damaged database is offered. */
export function latestSoundBackup(folder: string): BackupInfo | null {
  for (const backup of listBackups(folder)) {
    if (backupProblems(join(folder, backup.fileName)).length === 0) return backup;
  }
  return null;
}

/**
 * Restoring is two steps. First the chosen backup is copied beside the database and fsynced
 * (so pruning during the safety backup cannot take it away); then, with every connection to the
 * database closed, the stale -wal and -shm are removed (SQLite would otherwise replay the old
 * journal onto the restored file) and a rename swaps the copy in whole.
 */
export function stageRestore(dbPath: string, backupFile: string): string {
  const staged = `${dbPath}.restoring`;
  copyFileSync(backupFile, staged);
  restrictFile(staged);
  const fd = openSync(staged, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return staged;
}

export function swapInStaged(dbPath: string, staged: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(staged, dbPath);
}

/** A backup named by the user, as a path inside the backup folder, or null if there is none. */
export function backupPath(dbPath: string, fileName: string): string | null {
  if (basename(fileName) !== fileName || parseName(fileName) === null) return null;
  const path = join(backupFolder(dbPath), fileName);
  return existsSync(path) ? path : null;
}
