import { danishDateOf } from '../../shared/calendar-dates';
import { ContractError } from '../../shared/contract';
import { disclosurePolicyNames, type Disclosure } from '../../shared/summary/disclosure-policy';
import { benchmark, minimumContributingPractices, periodOf, type BenchmarkPeriod } from '../../shared/summary/network-aggregate';
import { networkReportHtml } from '../../shared/summary/network-report-html';
import { networkReportWorkbook } from '../../shared/summary/network-workbook';
import { readSummaryText, summaryFileText } from '../../shared/summary/summary-file';
import type { NetworkSummary, PracticeSummary, SummaryFile } from '../../shared/summary/summary-schema';
import { summaryFileName } from '../../shared/summary/summary-workbook';
import type { AppContext } from '../app-context';
import { appVersion } from '../app-version';
import type { NetworkSummaryRow } from '../db/network-queries';
import type { Printer } from '../print/printer';
import { getSummarySettings } from './summary-settings-service';
import { sha256Hex } from './summary-hash';
import { keepSenderKey, senderKeyChange, signSummary, verifySummarySignature } from './summary-signing';
import type { ExportedFile } from './summary-service';

export interface NetworkEntry {
  id: number;
  kind: 'practice' | 'network';
  label: string;
  asOf: string;
  period: string;
  fileName: string;
  importedAt: string;
  summary: SummaryFile;
}

function entryOf(row: NetworkSummaryRow): NetworkEntry {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    asOf: row.as_of,
    period: row.period,
    fileName: row.file_name,
    importedAt: row.imported_at,
    summary: JSON.parse(row.body) as SummaryFile,
  };
}

function labelOf(summary: SummaryFile): string {
  return summary.kind === 'practice' ? summary.practiceLabel : summary.networkLabel;
}

/**
 * Takes in one summary file: a practice's (for the coordinator) or the network's (for a
 * practice's dashboard). Refused, with the reason in Danish and nothing written: anything that
 * is not a valid summary of this version, a file changed after it was made (its signature does not
 * verify), a file signed with another key than the sender's earlier ones (unless `acceptNewKey`,
 * true or naming the sender: the user has asked it), a file already imported, and a second file
 * from the same practice for the same period.
 *
 * `keys` is the database whose kept keys the file is held against (by default the one it goes
 * into; the CLI checks files in memory against the coordinator's database).
 */
const kindRefusals = {
  practice: 'Filen er netværkets opgørelse, ikke en praksis’. Den indlæses under Udvikling.',
  network: 'Filen er en praksis’ opgørelse, ikke netværkets. Den indlæses af koordinatoren under Netværk.',
} as const;

export function importSummaryFile(
  ctx: AppContext,
  request: { fileName: string; bytes: Uint8Array; kind?: 'practice' | 'network' | undefined; acceptNewKey?: boolean | readonly string[] | undefined },
  keys: AppContext = ctx,
): NetworkEntry {
  const hash = sha256Hex(request.bytes);
  const known = ctx.networkQueries.summaryByHash(hash);
  if (known) {
    throw new ContractError('summary.duplicate', `Filen er allerede indlæst (${known.file_name}, ${known.label}, ${known.as_of}).`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
  } catch {
    throw new ContractError('summary.notJson', 'Filen er ikke en Tovholder-opgørelse: den er ikke tekst i UTF-8.');
  }
  const read = readSummaryText(text, verifySummarySignature);
  if (!read.ok) throw new ContractError(read.code, read.message);
  const summary = read.summary;
  if (request.kind !== undefined && summary.kind !== request.kind) throw new ContractError('summary.wrongKind', kindRefusals[request.kind]);
  const refusal = summary.kind === 'practice' ? disclosureRefusal(ctx, summary) : null;
  if (refusal) throw refusal;
  const label = labelOf(summary);
  const acceptNewKey = request.acceptNewKey === true || (Array.isArray(request.acceptNewKey) && request.acceptNewKey.includes(label));
  const keyChange = senderKeyChange(keys, summary, label, request.fileName, acceptNewKey);
  const period = periodOf(summary.asOf);
  const samePeriod = ctx.networkQueries.summaryByLabelPeriod(summary.kind, label, period);
  if (samePeriod) {
    throw new ContractError(
      'summary.samePeriod',
      `Der er allerede en opgørelse fra ${label} for ${period} (${samePeriod.file_name}). Fjern den først, hvis den nye skal bruges i stedet.`,
    );
  }
  const row = {
    kind: summary.kind,
    label,
    as_of: summary.asOf,
    period,
    file_name: request.fileName,
    file_hash: hash,
    body: JSON.stringify(summary),
    imported_at: ctx.now().toISOString(),
  };
  const id = ctx.db.transaction(() => {
    const newId = ctx.networkQueries.insertSummary(row);
    ctx.queries.insertAudit(
      row.imported_at,
      ctx.actor,
      'network.import',
      JSON.stringify({ fileName: request.fileName, sha256: hash, kind: summary.kind, label, period, publicKey: summary.signature.publicKey, newKey: keyChange !== null, replacedKey: keyChange?.replaces ?? null }),
    );
    if (keyChange && keys === ctx) keepSenderKey(ctx, keyChange);
    return newId;
  })();
  if (keyChange && keys !== ctx) keepSenderKey(keys, keyChange);
  return entryOf({ id, ...row });
}

export function listSummaryFiles(ctx: AppContext): NetworkEntry[] {
  return ctx.networkQueries.listSummaries().map(entryOf);
}

export function removeSummaryFile(ctx: AppContext, id: number): { id: number } {
  const row = ctx.networkQueries.summaryById(id);
  if (!row) throw new ContractError('summary.notFound', 'Opgørelsen findes ikke (længere).');
  ctx.db.transaction(() => {
    ctx.networkQueries.deleteSummary(id);
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'network.remove', JSON.stringify({ fileName: row.file_name, sha256: row.file_hash, label: row.label, period: row.period }));
  })();
  return { id };
}

/** The coordinator's own summary settings are the network's policy and threshold. */
export function networkDisclosure(ctx: AppContext): Disclosure {
  const { policy, threshold } = getSummarySettings(ctx);
  return { policy, threshold };
}

/**
 * A practice's file must be made under the network's rules: the same policy (a total of exact
 * and rounded counts is neither) and at least the network's threshold.
 */
function disclosureRefusal(ctx: AppContext, summary: PracticeSummary): ContractError | null {
  const network = networkDisclosure(ctx);
  const made = summary.disclosure;
  if (made.policy !== network.policy) {
    return new ContractError(
      'summary.otherPolicy',
      `Opgørelsen fra ${summary.practiceLabel} er lavet med «${disclosurePolicyNames[made.policy]}», men netværket bruger «${disclosurePolicyNames[network.policy]}». Bed praksis lave den igen med netværkets indstilling.`,
    );
  }
  if (made.threshold < network.threshold) {
    return new ContractError(
      'summary.lowThreshold',
      `Opgørelsen fra ${summary.practiceLabel} skjuler antal under ${made.threshold}, men netværket kræver mindst ${network.threshold}. Bed praksis lave den igen med grænsen ${network.threshold}.`,
    );
  }
  return null;
}

function practiceSummaries(ctx: AppContext): { id: number; summary: PracticeSummary }[] {
  return ctx.networkQueries.listSummariesOfKind('practice').map((row) => ({ id: row.id, summary: JSON.parse(row.body) as PracticeSummary }));
}

/** The benchmark per period of the imported practice summaries. */
export function networkReport(ctx: AppContext, request: { showLabels: boolean; networkLabel: string }): BenchmarkPeriod[] {
  const settings = getSummarySettings(ctx);
  return benchmark(practiceSummaries(ctx), {
    showLabels: request.showLabels,
    meta: { networkLabel: request.networkLabel, generatedAt: ctx.now().toISOString(), appVersion, targets: settings.targets, disclosure: networkDisclosure(ctx) },
  });
}

/**
 * The network report as XLSX or PDF (every period), or the network summary of one period (default: the
 * newest) as the file the practices import back, signed by `signer`'s key (by default this
 * database's). Recorded in the audit log like a practice's export.
 */
export async function exportNetworkFile(
  ctx: AppContext,
  request: { showLabels: boolean; networkLabel: string; format: 'xlsx' | 'pdf' | 'summary'; period?: string | undefined },
  printer?: Printer,
  signer: AppContext = ctx,
): Promise<ExportedFile> {
  const periods = networkReport(ctx, request);
  if (periods.length === 0) throw new ContractError('network.empty', 'Der er ikke indlæst nogen opgørelser fra praksis endnu.');
  const latest = periods.at(-1) as (typeof periods)[number];
  const newest = request.period === undefined ? latest : periods.find((period) => period.period === request.period);
  if (!newest) throw new ContractError('network.noPeriod', `Der er ingen opgørelser for ${request.period}.`);
  let fileName: string;
  let bytes: Uint8Array;
  if (request.format === 'xlsx') {
    fileName = summaryFileName(request.networkLabel, latest.network.asOf, 'xlsx').replace('opgoerelse', 'netvaerksrapport');
    bytes = networkReportWorkbook(periods, request.networkLabel);
  } else if (request.format === 'pdf') {
    if (!printer) throw new ContractError('print.unavailable', 'Der er ingen printer til PDF her.');
    fileName = summaryFileName(request.networkLabel, latest.network.asOf, 'xlsx').replace('opgoerelse', 'netvaerksrapport').replace(/\.xlsx$/, '.pdf');
    bytes = await printer.htmlToPdf(networkReportHtml(periods, request.networkLabel, danishDateOf(ctx.now())));
  } else {
    if (newest.network.population.count === null) {
      throw new ContractError(
        'network.tooFew',
        `Netværksopgørelsen for ${newest.period} har ${newest.network.population.practicesIncluded} praksis med et vist antal patienter. Den kræver mindst ${minimumContributingPractices}, så ingen praksis kan regne en anden praksis' tal ud.`,
      );
    }
    const summary = signSummary<NetworkSummary>(signer, newest.network);
    const text = summaryFileText(summary);
    // Checked exactly as the practices will read it, so a file they would refuse is never written.
    const check = readSummaryText(text, verifySummarySignature);
    if (!check.ok) throw new ContractError('network.wouldBeRefused', `Netværksopgørelsen blev ikke skrevet: ${check.message}`);
    fileName = summaryFileName(request.networkLabel, newest.network.asOf, 'json').replace('opgoerelse', 'netvaerk');
    bytes = new TextEncoder().encode(text);
  }
  const sha256 = sha256Hex(bytes);
  ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'network.export', JSON.stringify({ fileName, format: request.format, sha256, showLabels: request.showLabels }));
  return { fileName, bytes, sha256 };
}
