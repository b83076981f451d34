import {
  ContractError,
  contract,
  isChannel,
  type Channel,
  type Envelope,
  type ParsedRequestOf,
  type ResponseOf,
} from '../shared/contract';
import { demoExtractFile } from '../shared/demo/demo-extract';
import type { AppContext } from './app-context';
import { flagCounts, flaggedPatients } from './services/follow-up-service';
import type { ImportJobs } from './services/import-jobs';
import { importExtract, undoLatestImport } from './services/import-service';
import { getFollowUpWindows, updateFollowUpWindows } from './services/settings-service';
import { status } from './services/status-service';
import { markPatient, recordContact, undoContact } from './services/contact-service';
import { patientPanel } from './services/patient-panel-service';
import { getRecallSettings, updateRecallSettings } from './services/recall-settings-service';
import { queryWorklist } from './services/worklist-service';

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

function decodeBase64(content: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) throw new ContractError('invalid_request', 'Filens indhold kunne ikke læses.');
  return new Uint8Array(Buffer.from(content, 'base64'));
}

const importRunning = () =>
  new ContractError('import.busy', 'En fil er ved at blive indlæst. Vent til den er færdig, og prøv igen.');

/**
 * The implementation of every contract channel on one database. Hosts only route to these.
 * Imports run as jobs (`importJobs`) in a worker; actions that write batches wait for them.
 */
export function createHandlers(ctx: AppContext, importJobs: ImportJobs): Handlers {
  return {
    'status:get': () => status(ctx),
    'flags:list': (request) => flaggedPatients(ctx, request),
    'flags:counts': (request) => flagCounts(ctx, request.asOf),
    'import:start': (request) => ({
      jobId: importJobs.start({
        bytes: decodeBase64(request.contentBase64),
        fileName: request.fileName,
        ...(request.extractDate ? { extractDateOverride: request.extractDate } : {}),
        ...(request.fileModified ? { fileModified: request.fileModified } : {}),
        ...(request.columnMapping ? { columnMapping: request.columnMapping } : {}),
      }),
    }),
    'import:progress': (request) => importJobs.status(request.jobId),
    'import:cancel': (request) => importJobs.cancel(request.jobId),
    'import:undoLatest': () => {
      if (importJobs.busy()) throw importRunning();
      return undoLatestImport(ctx);
    },
    'demo:load': () => {
      if (importJobs.busy()) throw importRunning();
      const demo = demoExtractFile({ seed: 2026, patients: 300, extractDate: ctx.now().toISOString().slice(0, 10) });
      return importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName });
    },
    'settings:get': () => getFollowUpWindows(ctx),
    'settings:update': (request) => updateFollowUpWindows(ctx, request),
    'worklist:query': (request) => queryWorklist(ctx, request),
    'patient:get': (request) => patientPanel(ctx, request.cpr, request.asOf),
    'patient:mark': (request) => markPatient(ctx, request),
    'contact:record': (request) => recordContact(ctx, request),
    'contact:undo': (request) => undoContact(ctx, request.eventId),
    'recallSettings:get': () => getRecallSettings(ctx),
    'recallSettings:update': (request) => updateRecallSettings(ctx, request),
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
