import {
  ContractError,
  contract,
  isChannel,
  type Channel,
  type Envelope,
  type ParsedRequestOf,
  type ResponseOf,
} from '../shared/contract';
import { danishDateOf } from '../shared/calendar-dates';
import { demoExtractFile } from '../shared/demo/demo-extract';
import { refuseOversizedExtract } from '../shared/import/extract-size';
import type { AppContext } from './app-context';
import { headlessBrowserPrinter } from './print/headless-browser-printer';
import type { Printer } from './print/printer';
import type { DatabaseLifecycle } from './services/backup-lifecycle';
import { backUpIfChanged, backupFolder, createBackup, listBackups, pruneBackups } from './services/backup-service';
import { extractChangeLists } from './services/extract-changes-service';
import { flagCounts, flaggedPatients } from './services/follow-up-service';
import type { ImportJobs } from './services/import-jobs';
import { importExtract, undoLatestImport, type ImportInput } from './services/import-service';
import { getOutputSettings, updateOutputSettings } from './services/output-settings-service';
import { applyRetention, getDataSettings, updateDataSettings } from './services/privacy-settings';
import { recallExportFile } from './services/recall-export';
import { exportNetworkFile, importSummaryFile, listSummaryFiles, networkReport, removeSummaryFile } from './services/network-service';
import { getFollowUpWindows, updateFollowUpWindows } from './services/settings-service';
import { exportPracticeSummary, practiceSummary, summaryHistory, summaryReleases } from './services/summary-service';
import { getSummarySettings, updateSummarySettings } from './services/summary-settings-service';
import { status } from './services/status-service';
import { markPatient, recordContact, undoContact } from './services/contact-service';
import { recordMailing, undoMailing } from './services/mailing-service';
import { patientPanel } from './services/patient-panel-service';
import { dataQuality } from './services/data-quality-service';
import { getRecallSettings, updateRecallSettings } from './services/recall-settings-service';
import { queryWorklist } from './services/worklist-service';

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

function decodeBase64(content: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) throw new ContractError('invalid_request', 'Filens indhold kunne ikke læses.');
  return new Uint8Array(Buffer.from(content, 'base64'));
}

export interface HandlerServices {
  /** How PDFs are made: Electron's own printing in the app; a headless browser elsewhere (the default). */
  printer?: Printer;
}

const importRunning = () =>
  new ContractError('import.busy', 'En fil er ved at blive indlæst. Vent til den er færdig, og prøv igen.');

/** A file for the renderer to save: its bytes travel as base64, over IPC and HTTP alike. */
function encodeFile(file: { fileName: string; bytes: Uint8Array; sha256: string }) {
  return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), sha256: file.sha256 };
}

/** The channels that act on the database file itself; the host that owns the file answers them. */
export type LifecycleChannel = 'storage:status' | 'backups:restore' | 'data:deleteAll';

/** The file is never swapped or deleted under an import that is still writing to it in its worker. */
export function lifecycleHandlers(lifecycle: DatabaseLifecycle, importJobs: ImportJobs): Pick<Handlers, LifecycleChannel> {
  return {
    'storage:status': () => lifecycle.storageStatus(),
    'backups:restore': (request) => {
      if (importJobs.busy()) throw importRunning();
      return lifecycle.restoreBackup(request.fileName);
    },
    'data:deleteAll': async () => {
      if (importJobs.busy()) throw importRunning();
      await lifecycle.deleteAllData();
      return {};
    },
  };
}

/** What an import request asks for, as the importer takes it. */
function extractInput(request: ParsedRequestOf<'import:start'>): ImportInput {
  // Refused from the length of its base64, before the file is decoded: four characters per three bytes.
  refuseOversizedExtract(Math.floor((request.contentBase64.length * 3) / 4));
  return {
    bytes: decodeBase64(request.contentBase64),
    fileName: request.fileName,
    ...(request.extractDate ? { extractDateOverride: request.extractDate } : {}),
    ...(request.fileModified ? { fileModified: request.fileModified } : {}),
    ...(request.columnMapping ? { columnMapping: request.columnMapping } : {}),
    ...(request.confirmed ? { confirmed: true } : {}),
  };
}

/**
 * The implementation of every contract channel on one database. Hosts only route to these.
 * Every change of the practice's data is preceded by a backup of the data as it was (skipped
 * when nothing changed since the newest backup), taken here at the entry point so it holds
 * wherever the import itself runs. The UI's imports run as jobs (`importJobs`) in a worker;
 * `import:file` imports on the spot, for scripts and small files. Actions that write batches
 * wait for a running job.
 */
export function createHandlers(
  ctx: AppContext,
  lifecycle: DatabaseLifecycle,
  importJobs: ImportJobs,
  services: HandlerServices = {},
): Handlers {
  const backUpFirst = () => backUpIfChanged(ctx, 'import', getDataSettings(ctx).backupsToKeep);
  const printer = services.printer ?? headlessBrowserPrinter();
  return {
    'status:get': () => status(ctx),
    'flags:list': (request) => flaggedPatients(ctx, request),
    'flags:counts': (request) => flagCounts(ctx, request.asOf),
    'import:start': async (request) => {
      if (importJobs.busy()) throw importRunning();
      const input = extractInput(request);
      await backUpFirst();
      return { jobId: importJobs.start(input) };
    },
    'import:progress': (request) => importJobs.status(request.jobId),
    'import:cancel': (request) => importJobs.cancel(request.jobId),
    'import:file': async (request) => {
      if (importJobs.busy()) throw importRunning();
      const input = extractInput(request);
      await backUpFirst();
      return importExtract(ctx, input);
    },
    'import:undoLatest': async () => {
      if (importJobs.busy()) throw importRunning();
      await backUpFirst();
      return undoLatestImport(ctx);
    },
    'demo:load': async () => {
      if (importJobs.busy()) throw importRunning();
      await backUpFirst();
      const demo = demoExtractFile({ seed: 2026, patients: 300, extractDate: danishDateOf(ctx.now()) });
      return importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName });
    },
    'settings:get': () => getFollowUpWindows(ctx),
    'settings:update': (request) => updateFollowUpWindows(ctx, request),
    'recall:export': async (request) => {
      const { bytes, ...file } = await recallExportFile(ctx, printer, request);
      return { ...file, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'outputSettings:get': () => getOutputSettings(ctx),
    'outputSettings:update': (request) => updateOutputSettings(ctx, request),
    'backups:list': () => ({ backups: listBackups(backupFolder(ctx.db.name)) }),
    'backups:create': () => createBackup(ctx, 'manual', getDataSettings(ctx).backupsToKeep),
    'dataSettings:get': () => getDataSettings(ctx),
    'dataSettings:update': (request) => {
      const settings = updateDataSettings(ctx, request);
      pruneBackups(backupFolder(ctx.db.name), settings.backupsToKeep);
      return { settings, ...applyRetention(ctx, settings.retentionYears) };
    },
    ...lifecycleHandlers(lifecycle, importJobs),
    'worklist:query': (request) => queryWorklist(ctx, request),
    'worklist:changes': () => extractChangeLists(ctx),
    'patient:get': (request) => patientPanel(ctx, request.cpr, request.asOf),
    'patient:mark': (request) => markPatient(ctx, request),
    'contact:record': (request) => recordContact(ctx, request),
    'contact:undo': (request) => undoContact(ctx, request.eventId),
    'mailing:record': (request) => recordMailing(ctx, request),
    'mailing:undo': (request) => undoMailing(ctx, request.mailingId),
    'recallSettings:get': () => getRecallSettings(ctx),
    'dataQuality:get': (request) => dataQuality(ctx, request.only),
    'recallSettings:update': (request) => updateRecallSettings(ctx, request),
    'summary:settings': () => getSummarySettings(ctx),
    'summary:updateSettings': (request) => updateSummarySettings(ctx, request),
    'summary:preview': (request) => practiceSummary(ctx, request),
    'summary:export': (request) => encodeFile(exportPracticeSummary(ctx, request)),
    'summary:history': () => ({ points: summaryHistory(ctx) }),
    'summary:releases': () => ({ releases: summaryReleases(ctx) }),
    'network:import': (request) =>
      importSummaryFile(ctx, { fileName: request.fileName, bytes: decodeBase64(request.contentBase64), kind: request.kind, acceptNewKey: request.acceptNewKey }),
    'network:list': () => ({ entries: listSummaryFiles(ctx) }),
    'network:report': (request) => ({ periods: networkReport(ctx, request) }),
    'network:export': async (request) => encodeFile(await exportNetworkFile(ctx, request, printer)),
    'network:remove': (request) => removeSummaryFile(ctx, request.id),
  };
}

function describeZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The one door into the handlers, shared by every host: the channel must be in the contract and
 * the request must parse with its schema, or the caller gets a clear error and nothing runs.
 * Unexpected failures reach the caller as a plain message; their detail goes to `onInternalError`.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown_channel', message: 'Ukendt forespørgsel.' } };
  }
  const parsed = contract[channel].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_request', message: `Ugyldig forespørgsel (${channel}): ${describeZodIssues(parsed.error.issues)}` },
    };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ContractError) return { ok: false, error: { code: error.code, message: error.message } };
    onInternalError(error);
    return { ok: false, error: { code: 'internal', message: 'Der skete en uventet fejl. Prøv igen, eller kontakt support.' } };
  }
}
