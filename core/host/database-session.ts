import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, StorageStatus } from '../../shared/backups';
import { channels, ContractError, type Channel } from '../../shared/contract';
import { openAppContext, type AppContext } from '../app-context';
import { createHandlers, lifecycleHandlers, type Handlers } from '../contract-handlers';
import { integrityProblems } from '../db/backup-queries';
import { DatabaseTooNewError } from '../db/migrate';
import type { Logger } from '../log';
import type { Printer } from '../print/printer';
import type { DatabaseLifecycle } from '../services/backup-lifecycle';
import { createImportJobs } from '../services/import-jobs';
import type { ImportPause } from '../services/import-pause';
import { isDailyBackupDue } from '../services/backup-schedule';
import {
  backUpIfChanged,
  backupFolder,
  backupPath,
  backupProblems,
  latestSoundBackup,
  listBackups,
  removeInterruptedBackups,
  stageRestore,
  swapInStaged,
} from '../services/backup-service';
import { defaultDataSettings } from '../../shared/privacy-settings';
import { applyRetention, getDataSettings } from '../services/privacy-settings';

/**
 * The database as a host holds it: one open context, or none when the file failed its check.
 * Handlers are looked up per call, so after a restore or "Slet alle data" every request reaches
 * the reopened context. Calls run one at a time: a restore never swaps the file under an import.
 */
export interface DatabaseSession {
  readonly dbPath: string;
  /** Stable for the session's life: give these to a host once. */
  readonly handlers: Handlers;
  /** The open context, or null while the database is damaged. */
  context: () => AppContext | null;
  close: () => void;
}

export interface SessionOptions {
  dbPath: string;
  actor: string;
  log: Logger;
  now?: () => Date;
  /** How PDFs are made (Electron's own printing in the app); a headless browser when left out. */
  printer?: Printer;
  /** The built import worker (`dist/node/import-worker.cjs`), which imports run in, off the host's thread. */
  importWorkerPath: string;
  /** Tests only: where every import waits for the test (the browser host's `--test-import-pause`). */
  importPause?: ImportPause;
}

const damagedMessage =
  'Databasen er beskadiget og kan ikke bruges. Gendan den seneste gode sikkerhedskopi under Indstillinger → Sikkerhedskopier.';

type Opened = { ctx: AppContext } | { ctx: null; problems: string[] };

function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

function open(options: SessionOptions): Opened {
  let ctx: AppContext;
  try {
    ctx = openAppContext(options.dbPath, { actor: options.actor, log: options.log, ...(options.now ? { now: options.now } : {}) });
  } catch (error) {
    if (error instanceof DatabaseTooNewError || !isDamageError(error)) throw error;
    return { ctx: null, problems: [error instanceof Error ? error.message : String(error)] };
  }
  let problems: string[];
  try {
    problems = integrityProblems(ctx.db);
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length === 0) return { ctx };
  ctx.db.close();
  return { ctx: null, problems };
}

function stampForFile(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Opens the database, checks it with `PRAGMA integrity_check`, and does the start-of-day care:
 * old history beyond the retention period goes, and the daily backup is taken if due.
 */
export async function openDatabaseSession(options: SessionOptions): Promise<DatabaseSession> {
  const { dbPath, log } = options;
  const now = options.now ?? (() => new Date());
  const services = options.printer ? { printer: options.printer } : {};
  const folder = backupFolder(dbPath);
  let state = open(options);
  let queue: Promise<unknown> = Promise.resolve();
  const importJobs = createImportJobs({
    dbPath,
    workerPath: options.importWorkerPath,
    actor: options.actor,
    now,
    onWorkerError: (error) => log.error('import.workerFailed', error),
    ...(options.importPause ? { pause: options.importPause } : {}),
  });

  const logOpened = () => {
    if (state.ctx) log.info('database.opened', { integrity: 'ok' });
    // SQLite's findings are text; the count is enough to see that it happened, the screen says what to do.
    else log.error('database.damaged', undefined, { problems: state.problems.length });
  };
  logOpened();

  const keep = () => (state.ctx ? getDataSettings(state.ctx) : defaultDataSettings).backupsToKeep;

  const lifecycle: DatabaseLifecycle = {
    storageStatus: (): StorageStatus => ({
      databasePath: dbPath,
      backupFolder: folder,
      logFolder: log.folder,
      damaged: state.ctx === null,
      latestSoundBackup: state.ctx === null ? latestSoundBackup(folder) : null,
    }),
    restoreBackup: async (fileName) => {
      const path = backupPath(dbPath, fileName);
      if (path === null) throw new ContractError('backup.not_found', 'Sikkerhedskopien findes ikke længere.');
      if (backupProblems(path).length > 0) {
        throw new ContractError('backup.damaged', 'Sikkerhedskopien er beskadiget og kan ikke gendannes. Vælg en anden.');
      }
      const restored = listBackups(folder).find((backup) => backup.fileName === fileName) as BackupInfo;
      const staged = stageRestore(dbPath, path);
      let safetyBackup: BackupInfo | null = null;
      try {
        if (state.ctx) {
          safetyBackup = await backUpIfChanged(state.ctx, 'restore', keep());
          state.ctx.db.close();
        } else if (existsSync(dbPath)) {
          // A damaged file is kept aside, not deleted: it may still hold something worth rescuing.
          copyFileSync(dbPath, join(folder, `beskadiget-${stampForFile(now())}.sqlite`));
        }
        swapInStaged(dbPath, staged);
      } finally {
        // Whatever failed, the copy goes and the database is open again: the old one or the restored one.
        rmSync(staged, { force: true });
        if (state.ctx === null || !state.ctx.db.open) state = open(options);
      }
      if (!state.ctx) {
        logOpened();
        throw new ContractError('backup.damaged', 'Sikkerhedskopien kunne ikke åbnes. Vælg en anden.');
      }
      const ctx = state.ctx;
      ctx.db.transaction(() => {
        ctx.queries.insertAudit(now().toISOString(), options.actor, 'backup.restore', JSON.stringify({ restored: restored.createdAt }));
      })();
      log.info('backup.restored', { from: restored.createdAt, reason: restored.reason, safetyBackup: safetyBackup?.createdAt ?? null });
      return { restored, safetyBackup };
    },
    deleteAllData: async () => {
      log.info('data.deleteAll');
      state.ctx?.db.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
      rmSync(folder, { recursive: true, force: true });
      rmSync(log.folder, { recursive: true, force: true });
      state = open(options);
    },
  };

  const damagedHandlers = (): Handlers => {
    const refuse = () => {
      throw new ContractError('database.damaged', damagedMessage);
    };
    return {
      ...(Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers),
      'backups:list': () => ({ backups: listBackups(folder) }),
      ...lifecycleHandlers(lifecycle, importJobs),
    };
  };
  let current: Handlers = state.ctx ? createHandlers(state.ctx, lifecycle, importJobs, services) : damagedHandlers();
  let currentCtx = state.ctx;
  const handlersNow = (): Handlers => {
    if (state.ctx !== currentCtx) {
      currentCtx = state.ctx;
      current = state.ctx ? createHandlers(state.ctx, lifecycle, importJobs, services) : damagedHandlers();
    }
    return current;
  };

  const handlers = Object.fromEntries(
    channels.map((channel: Channel) => [
      channel,
      (request: unknown) => {
        const run = queue.then(() => (handlersNow()[channel] as (request: unknown) => unknown)(request));
        queue = run.catch(() => undefined);
        return run;
      },
    ]),
  ) as unknown as Handlers;

  const interrupted = removeInterruptedBackups(folder, now());
  if (interrupted.length > 0) log.warn('backup.interruptedRemoved', { count: interrupted.length });
  if (state.ctx) {
    const ctx = state.ctx;
    const { batchesDeleted } = applyRetention(ctx);
    if (batchesDeleted > 0) log.info('privacy.retention', { batchesDeleted });
    const newest = listBackups(folder)[0];
    if (isDailyBackupDue(now(), newest ? new Date(newest.createdAt) : null)) {
      const made = await backUpIfChanged(ctx, 'daily', keep());
      if (made && made.fileName !== newest?.fileName) log.info('backup.created', { reason: 'daily', createdAt: made.createdAt });
    }
  }

  return {
    dbPath,
    handlers,
    context: () => state.ctx,
    close: () => {
      // A worker still writing is stopped; its transaction is rolled back.
      void importJobs.close();
      state.ctx?.db.close();
    },
  };
}
