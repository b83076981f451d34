import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { danishDateOf } from '../shared/calendar-dates';
import { parseArgs } from 'node:util';
import { ContractError } from '../shared/contract';
import { demoExtractFile } from '../shared/demo/demo-extract';
import { refuseOversizedExtract } from '../shared/import/extract-size';
import { followUpFlagSchema } from '../shared/follow-up-rules';
import { worklistTitles } from '../shared/outputs/recall-labels';
import { worklistNames, worklistNameSchema, type WorklistEntry, type WorklistName } from '../shared/worklists';
import { checkKinds, fieldOfCheck, flagOfCheck, isFlagged } from '../shared/follow-up-states';
import { absentColumnsSentence } from '../shared/extract-columns';
import type { FlaggedPatient } from '../shared/contract';
import { defaultRecallColumns, recallColumnKeys, recallColumnKeySchema, type RecallColumnKey } from '../shared/outputs/recall-table';
import { openAppContext, type AppContext } from '../core/app-context';
import { defaultUserDataDir, resolveDbPath } from '../core/default-db-path';
import { ensurePrivateDir, writePrivateFile } from '../core/services/privacy-files';
import { headlessBrowserPrinter } from '../core/print/headless-browser-printer';
import type { Printer } from '../core/print/printer';
import { flagCounts, flaggedPatients } from '../core/services/follow-up-service';
import { backUpIfChanged } from '../core/services/backup-service';
import { importExtract } from '../core/services/import-service';
import { applyRetention, getDataSettings } from '../core/services/privacy-settings';
import { recallExportFile } from '../core/services/recall-export';
import { recordMailing } from '../core/services/mailing-service';
import type { ExportFormat } from '../shared/outputs/recall-export-request';
import { queryWorklist } from '../core/services/worklist-service';
import { status } from '../core/services/status-service';
import { formatFlagsTable, formatImportReport, formatStatus } from './cli-output';
import { runNetwork, runSummary } from './summary-commands';
import { actorOption, runContact } from './contact-commands';
import { UsageError, date, parse, usageExitCode } from './cli-args';

const danishDate = (iso: string) => iso.split('-').reverse().join('-');

const usage = {
  main: `Tovholder: opfølgning af diabetes-forløbsplaner

Brug: tovholder <kommando> [tilvalg]

Kommandoer:
  import FILE   Indlæs et udtræk af forløbsplaner (CSV, TXT eller XLSX)
  flags         Vis patienter med opfølgningsflag
  recall        Gem en liste (XLSX, CSV, PDF), indkaldelsesbreve eller en SMS-liste
  status        Vis databasens indhold og indlæste udtræk
  demo          Skriv et syntetisk demo-udtræk til en fil
  summary       Skriv praksissens anonymiserede netværksopgørelse (JSON eller XLSX)
  network       Saml praksissers opgørelser til en netværksrapport
  contact       Registrér, fortryd og vis kontakter med en patient (record, undo, list)

Skriv 'tovholder <kommando> --help' for tilvalg.

Slutkode 0: udført. 1: kunne ikke udføres (fx intet udtræk indlæst). 2: forkert kommando, tilvalg
eller dato, eller filen blev afvist; intet er ændret.`,
  import: `Brug: tovholder import FILE [--db PATH] [--extract-date ÅÅÅÅ-MM-DD] [--force] [--json]

Indlæser et udtræk som én samlet indlæsning. Afviste rækker nævnes i rapporten.
  --db PATH            databasefil (ellers TOVHOLDER_DB eller appens standardsted)
  --extract-date DATO  udtræksdato, når filen ikke selv angiver den
  --force              indlæs alligevel en fil, der ville fjerne over halvdelen af patienterne fra
                       listerne, eller som afviser over en femtedel af sine rækker (ellers afvises den)
  --json               rapporten som JSON (med absentChecks og absentFields: det, udtrækket
                       ikke har en kolonne for)
Slutkode 0: indlæst (også med afviste rækker). 2: filen er ikke et læsbart udtræk, ingen række giver
en gyldig patient, eller filen kræver --force; databasen er uændret.`,
  flags: `Brug: tovholder flags [--db PATH] [--as-of ÅÅÅÅ-MM-DD] [--list NAVN | --flag NAVN] [--json]

Viser alle patienter med mindst ét opfølgningsflag.
  --as-of DATO   opgørelsesdato (standard: seneste udtræksdato)
  --list NAVN    kun patienterne på listen: ${worklistNames.join(', ')}
  --flag NAVN    kun annual_overdue, eye_missing eller foot_missing
  --json         som JSON`,
  recall: `Brug: tovholder recall --list NAVN --out FIL [--kind list|letters|sms] [--db PATH] [--as-of ÅÅÅÅ-MM-DD]
                        [--columns A,B,...] [--record-invitations --actor INITIALER]

Gemmer en liste, indkaldelsesbreve eller en SMS-liste med de samme patienter som listen i programmet.
  --list NAVN      ${worklistNames.join(', ')}
  --kind list      (standard) listen; formatet følger filens endelse: .xlsx, .csv (semikolon, til
                   dansk Excel) eller .pdf (A4, udskrivbar)
  --kind letters   indkaldelsesbreve som én PDF, ét brev pr. side (--out FIL.pdf)
  --kind sms       SMS-liste som CSV med telefon og besked (--out FIL.csv); patienter uden et brugbart
                   telefonnummer er ikke med og nævnes
  --out FIL        filen, der skrives (kun læsbar for dig)
  --as-of DATO     opgørelsesdato (standard: seneste udtræksdato)
  --columns A,B    med --kind list: kolonner i rækkefølge: ${recallColumnKeys.join(', ')}
                   (standard: ${defaultRecallColumns.join(',')})
  --record-invitations
                   med letters eller sms: registrér en indkaldelse (pr. brev eller SMS, i dag) for hver
                   patient i filen, for de kontroller brevet eller SMS'en nævner. Alle i én udsendelse,
                   der fortrydes samlet med 'tovholder contact undo --mailing ID'
  --actor INIT     med --record-invitations (skal angives): initialerne på den, der sender
PDF laves med en Chromium-browser (Edge, Chrome eller Chromium; eller CHROMIUM_PATH).
Slutkode 2: forkert tilvalg; intet er skrevet eller registreret.`,
  status: `Brug: tovholder status [--db PATH] [--json]

Viser antal patienter, aktive patienter og indlæste udtræk.`,
  demo: `Brug: tovholder demo --out FILE [--patients N] [--seed N] [--extract-date ÅÅÅÅ-MM-DD]

Skriver et syntetisk udtræk (opdigtede navne og erstatningspersonnumre).`,
} as const;

export { UsageError, date, parse };

export type Io = { out: (text: string) => void; err: (text: string) => void };

const text = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

/** What a command is handed: where it writes, and the clock (the CLI's entry hands in the real one). */
export type CliHost = Io & { now: () => Date };

export async function withContext<T>(dbPath: string | undefined, host: CliHost, run: (ctx: AppContext) => T | Promise<T>): Promise<T> {
  const path = resolveDbPath(dbPath);
  // The default data folder is Tovholder's own, so it is narrowed to the user even if it existed;
  // opening the database creates any other folder 0700.
  if (path === resolveDbPath(undefined)) ensurePrivateDir(defaultUserDataDir(), true);
  const ctx = openAppContext(path, { actor: 'cli', now: host.now });
  try {
    // The same promise as the app's at its start: history older than the retention period goes.
    applyRetention(ctx);
    return await run(ctx);
  } finally {
    ctx.db.close();
  }
}

async function runImport(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args, options: { db: text, 'extract-date': text, force: bool, json: bool, help: bool }, allowPositionals: true }));
  if (values.help) return io.out(usage.import), 0;
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('Angiv præcis én fil at indlæse.');
  const extractDate = date(values['extract-date'], '--extract-date');
  let bytes: Uint8Array;
  let modified: string;
  try {
    const stats = statSync(file);
    // Before the file is read: a file of gigabytes would take the process down, not be refused.
    refuseOversizedExtract(stats.size);
    modified = danishDateOf(stats.mtime);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ContractError) throw error;
    throw new ContractError('extract.unreadable', `Filen '${file}' kunne ikke åbnes.`);
  }
  const report = await withContext(values.db, io, async (ctx) => {
    // The same promise as the app's: the data as it was is backed up before an import changes it.
    await backUpIfChanged(ctx, 'import', getDataSettings(ctx).backupsToKeep);
    return importExtract(ctx, {
      bytes,
      fileName: basename(file),
      fileModified: modified,
      ...(extractDate ? { extractDateOverride: extractDate } : {}),
      ...(values.force ? { confirmed: true } : {}),
    });
  });
  io.out(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
  return 0;
}

function listName(value: string | undefined): WorklistName | undefined {
  if (value === undefined) return undefined;
  const list = worklistNameSchema.safeParse(value);
  if (!list.success) throw new UsageError(`--list skal være en af ${worklistNames.join(', ')}, ikke '${value}'.`);
  return list.data;
}

/** A worklist, in its on-screen order, in the shape `flags` prints: the same rows the UI and `recall` show. */
function worklistAsFlagged(ctx: AppContext, list: WorklistName, asOf: string | undefined): { asOf: string | null; patients: FlaggedPatient[] } {
  const page = queryWorklist(ctx, { list, filters: {}, sort: 'urgency', descending: false, ...(asOf ? { asOf } : {}), offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return { asOf: page.asOf, patients: page.rows.map(flaggedPatientOf) };
}

function flaggedPatientOf(entry: WorklistEntry): FlaggedPatient {
  return {
    cpr: entry.cpr,
    name: entry.name,
    gp: entry.gp,
    flags: checkKinds.filter((check) => isFlagged(entry.checks[check].state)).map((check) => flagOfCheck[check]),
    lastAnnualCheck: entry.checks.annual.lastDone,
    lastEyeExam: entry.checks.eye.lastDone,
    lastFootExam: entry.checks.foot.lastDone,
  };
}

async function runFlags(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args, options: { db: text, 'as-of': text, flag: text, list: text, json: bool, help: bool }, allowPositionals: true }),
  );
  if (values.help) return io.out(usage.flags), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument: ${positionals[0]}`);
  const asOf = date(values['as-of'], '--as-of');
  const flag = values.flag === undefined ? undefined : followUpFlagSchema.safeParse(values.flag);
  if (flag && !flag.success) throw new UsageError(`--flag skal være annual_overdue, eye_missing eller foot_missing, ikke '${values.flag}'.`);
  const list = listName(values.list);
  if (list && flag) throw new UsageError('Brug enten --list eller --flag, ikke begge.');
  const { result, absentChecks } = await withContext(values.db, io, (ctx) => ({
    result: list
      ? worklistAsFlagged(ctx, list, asOf)
      : flaggedPatients(ctx, { ...(asOf ? { asOf } : {}), ...(flag?.success ? { flag: flag.data } : {}) }),
    absentChecks: flagCounts(ctx).absentChecks,
  }));
  if (values.json) {
    const rows = result.patients.map(({ cpr, name, flags, lastAnnualCheck, lastEyeExam, lastFootExam }) => ({
      cpr, name, flags, lastAnnualCheck, lastEyeExam, lastFootExam,
    }));
    io.out(JSON.stringify(rows, null, 2));
  } else {
    const absent = absentColumnsSentence(absentChecks.map((check) => fieldOfCheck[check]), []);
    io.out([formatFlagsTable(result.asOf, result.patients, list && worklistTitles[list]), ...(absent ? [absent] : [])].join('\n'));
  }
  return 0;
}

async function runStatus(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args, options: { db: text, json: bool, help: bool }, allowPositionals: true }));
  if (values.help) return io.out(usage.status), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument: ${positionals[0]}`);
  const result = await withContext(values.db, io, status);
  if (values.json) {
    const { patients, active, batches } = result;
    io.out(JSON.stringify({ patients, active, batches }, null, 2));
  } else {
    io.out(formatStatus(result));
  }
  return 0;
}

function runDemo(args: string[], io: Io, now: () => Date): number {
  const { values, positionals } = parse(() => parseArgs({
      args,
      options: { out: text, patients: text, seed: text, 'extract-date': text, help: bool },
      allowPositionals: true,
    }),
  );
  if (values.help) return io.out(usage.demo), 0;
  if (positionals.length || !values.out) throw new UsageError('Angiv --out FILE.');
  const patients = Number(values.patients ?? 300);
  const seed = Number(values.seed ?? 2026);
  if (!Number.isInteger(patients) || patients < 1 || patients > 1_000_000) throw new UsageError('--patients skal være et helt tal fra 1 til 1.000.000.');
  if (!Number.isInteger(seed)) throw new UsageError('--seed skal være et helt tal.');
  const extractDate = date(values['extract-date'], '--extract-date') ?? danishDateOf(now());
  const demo = demoExtractFile({ seed, patients, extractDate });
  writeFileSync(values.out, demo.bytes);
  io.out(`Skrev ${patients} syntetiske patienter til ${values.out}`);
  return 0;
}

const listFormats = { '.xlsx': 'xlsx', '.csv': 'csv', '.pdf': 'pdf' } as const;
const recallKinds = ['list', 'letters', 'sms'] as const;
type RecallKind = (typeof recallKinds)[number];
const channelWords = { letter: 'brev', sms: 'SMS' } as const;

/** The file format a kind writes, refused when the file's name says another. */
function recallFormat(kind: RecallKind, out: string): ExportFormat {
  const extension = extname(out).toLowerCase();
  if (kind === 'letters') {
    if (extension !== '.pdf') throw new UsageError(`Breve skrives som PDF: --out skal ende på .pdf, ikke '${basename(out)}'.`);
    return 'letters';
  }
  if (kind === 'sms') {
    if (extension !== '.csv') throw new UsageError(`En SMS-liste skrives som CSV: --out skal ende på .csv, ikke '${basename(out)}'.`);
    return 'sms';
  }
  const format = listFormats[extension as keyof typeof listFormats];
  if (!format) throw new UsageError(`--out skal ende på .xlsx, .csv eller .pdf, ikke '${basename(out)}'.`);
  return format;
}

function columnsOption(value: string | undefined, kind: RecallKind): RecallColumnKey[] {
  if (value !== undefined && kind !== 'list') throw new UsageError('--columns hører kun til --kind list; breve og SMS følger deres skabelon.');
  const columns = value === undefined ? [...defaultRecallColumns] : value.split(',').map((key) => key.trim());
  for (const key of columns) {
    if (!recallColumnKeySchema.safeParse(key).success) throw new UsageError(`Ukendt kolonne '${key}'. Mulige: ${recallColumnKeys.join(', ')}.`);
  }
  if (new Set(columns).size !== columns.length) throw new UsageError('En kolonne er nævnt to gange i --columns.');
  return columns as RecallColumnKey[];
}

async function runRecall(args: string[], io: CliHost, printer: Printer): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args,
      options: { db: text, 'as-of': text, list: text, kind: text, out: text, columns: text, 'record-invitations': bool, actor: text, help: bool },
      allowPositionals: true,
    }),
  );
  if (values.help) return io.out(usage.recall), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument: ${positionals[0]}`);
  const list = listName(values.list);
  if (!list) throw new UsageError(`Angiv --list, en af ${worklistNames.join(', ')}.`);
  const kind = (values.kind ?? 'list') as RecallKind;
  if (!recallKinds.includes(kind)) throw new UsageError(`--kind skal være en af ${recallKinds.join(', ')}, ikke '${values.kind}'.`);
  if (!values.out) throw new UsageError(kind === 'list' ? 'Angiv --out FIL.xlsx, FIL.csv eller FIL.pdf.' : `Angiv --out FIL.${kind === 'sms' ? 'csv' : 'pdf'}.`);
  const out = values.out;
  const format = recallFormat(kind, out);
  const asOf = date(values['as-of'], '--as-of');
  const columns = columnsOption(values.columns, kind);
  const record = values['record-invitations'] === true;
  if (record && kind === 'list') throw new UsageError('--record-invitations hører kun til --kind letters og sms: en liste inviterer ingen.');
  if (!record && values.actor !== undefined) throw new UsageError('--actor hører kun til --record-invitations.');
  const actor = record ? actorOption(values.actor) : undefined;
  const { file, mailing } = await withContext(values.db, io, async (ctx) => {
    // The CLI's documented default is the latest extract's date; the app's is today.
    const made = await recallExportFile(ctx, printer, { list, format, asOf: asOf ?? 'extract', columns });
    try {
      // A list, letters or an SMS list hold patients' names and phones: the user's alone, as the database.
      writePrivateFile(out, made.bytes);
    } catch {
      throw new ContractError('export.unwritable', `Filen '${out}' kunne ikke skrives.`);
    }
    // Only once the file is written: invitations recorded for letters that were never made would lie.
    const plan = made.mailing;
    if (!record || !plan || plan.invitations.length === 0) return { file: made, mailing: null };
    return { file: made, mailing: recordMailing(ctx, { channel: plan.channel, invitations: plan.invitations }, actor) };
  });
  io.out(`Skrev ${file.rows} ${file.rows === 1 ? 'patient' : 'patienter'} til ${out}`);
  for (const note of file.notes) io.out(note.endsWith(':') ? note : `  ${note}`);
  if (record) {
    const plan = file.mailing;
    if (mailing) {
      io.out(`Registreret: ${mailing.count} ${mailing.count === 1 ? 'indkaldelse' : 'indkaldelser'} pr. ${channelWords[mailing.channel]} ${danishDate(mailing.on)} /${mailing.actor}, udsendelse ${mailing.mailingId}`);
      io.out(`Fortryd dem samlet med: tovholder contact undo --mailing ${mailing.mailingId} --actor ${mailing.actor}`);
    } else {
      io.out('Ingen indkaldelser registreret: ingen patient i filen har en forfalden kontrol.');
    }
    if (plan && plan.notRecorded.length > 0) io.out(['Indkaldelsen er ikke registreret for:', ...plan.notRecorded.map((line) => `  ${line}`)].join('\n'));
  }
  return 0;
}

const commands: ReadonlySet<string> = new Set(['import', 'flags', 'recall', 'status', 'demo', 'summary', 'network', 'contact']);

/** Runs one CLI invocation and returns its exit code; errors are reported, never thrown. */
export async function runCli(
  argv: string[],
  io: Io,
  now: () => Date = () => new Date(),
  printer: Printer = headlessBrowserPrinter(),
): Promise<number> {
  const [command, ...rest] = argv;
  const host: CliHost = { out: io.out, err: io.err, now };
  try {
    switch (command) {
      case 'import':
        return await runImport(rest, host);
      case 'flags':
        return await runFlags(rest, host);
      case 'recall':
        return await runRecall(rest, host, printer);
      case 'status':
        return await runStatus(rest, host);
      case 'demo':
        return runDemo(rest, io, now);
      case 'summary':
        return await runSummary(rest, host);
      case 'network':
        return await runNetwork(rest, host, printer);
      case 'contact':
        return await runContact(rest, host);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(usage.main);
        return command === undefined ? usageExitCode : 0;
      default:
        throw new UsageError(`Ukendt kommando '${command}'.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help = commands.has(command ?? '') ? `tovholder ${command} --help` : 'tovholder --help';
      io.err(`Fejl: ${error.message}\nSkriv '${help}' for hjælp.`);
      return usageExitCode;
    }
    if (error instanceof ContractError) {
      io.err(`Fejl: ${error.message}`);
      const refused = ['extract.', 'summary.', 'contact.', 'mailing.'].some((prefix) => error.code.startsWith(prefix));
      return refused || error.code === 'import.needs_confirmation' ? 2 : 1;
    }
    io.err(`Fejl: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
