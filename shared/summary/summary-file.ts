import { z } from 'zod';
import { breakdownIds } from './breakdowns';
import { isHidden, roundToBase } from './disclosure-control';
import { hiddenUpTo, roundingBase } from './disclosure-policy';
import { minimumContributingPractices } from './network-aggregate';
import { roundShare } from './build-summary';
import {
  summaryFileSchema,
  summaryFormat,
  summaryVersion,
  type NetworkCount,
  type NetworkSummary,
  type PracticeSummary,
  type SummaryFile,
} from './summary-schema';
import { signaturePayload, type SignatureVerifier } from './summary-signature';

export type SummaryReadResult = { ok: true; summary: SummaryFile } | { ok: false; code: SummaryRefusal; message: string };
export type SummaryRefusal =
  | 'summary.notJson'
  | 'summary.wrongFormat'
  | 'summary.wrongVersion'
  | 'summary.invalid'
  | 'summary.tampered'
  | 'summary.unsafe'
  | 'summary.inconsistent';

/** The file as written: indented JSON, so a coordinator can read it in any editor. */
export function summaryFileText(summary: SummaryFile): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function refuse(code: SummaryRefusal, message: string): SummaryReadResult {
  return { ok: false, code, message };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

type Problem = { code: SummaryRefusal; message: string };

const unsafe = (message: string): Problem => ({ code: 'summary.unsafe', message: `${message} Den tages ikke imod.` });

function shareProblem(id: string, share: number | null, numerator: number | null, denominator: number | null): Problem | null {
  const expected = numerator !== null && denominator !== null && denominator > 0 ? roundShare(numerator, denominator) : null;
  if (share === expected && (numerator === null || denominator === null || numerator <= denominator)) return null;
  return { code: 'summary.inconsistent', message: `Andelen for ${id} passer ikke med antallene i filen.` };
}

/** The rules of disclosure-control.ts, checked on a practice's file as its receiver reads it. */
function practiceProblem(summary: PracticeSummary): Problem | null {
  const { policy, threshold } = summary.disclosure;
  const limit = hiddenUpTo(threshold);
  const population = summary.population.count;
  const components: { name: string; counts: (number | null)[] }[] = [
    { name: 'N', counts: [population] },
    { name: 'type 1', counts: [summary.type1.count] },
    ...summary.indicators.filter((i) => i.numerator !== null).map((i) => ({ name: i.id, counts: [i.numerator?.count ?? null] })),
    ...breakdownIds.flatMap((b) => (summary.breakdowns[b] ? [{ name: b, counts: (summary.breakdowns[b] ?? []).map((row) => row.count.count) }] : [])),
  ];
  for (const { name, counts } of components) {
    // Rounded, the smallest shown count can land on the limit (6 of threshold 4 prints as 5): it still stands for more.
    const smallest = policy === 'round' ? roundToBase(limit + 1) : limit + 1;
    if (counts.some((count) => count !== null && count < smallest)) return unsafe(`Filen viser et antal på ${limit} eller derunder (${name}), som skulle have været skjult.`);
    if (policy === 'round' && counts.some((count) => count !== null && count % roundingBase !== 0)) return unsafe(`Filen siger, at antallene er afrundet, men ${name} er ikke.`);
    if (counts.some((count) => count === null) && counts.some((count) => count !== null)) return unsafe(`Filen skjuler kun en del af ${name}; hele gruppen skulle have været skjult.`);
    if (name !== 'type 1' && population === null && counts.some((count) => count !== null)) return unsafe(`Filen skjuler N, men viser ${name}.`);
  }
  for (const indicator of summary.indicators) {
    const numerator = indicator.numerator?.count ?? null;
    if (policy === 'suppress' && numerator !== null && population !== null && population - numerator >= 0 && isHidden(population - numerator, threshold)) {
      return unsafe(`Filen viser ${indicator.id}, så de resterende ${population - numerator} patienter kan regnes ud.`);
    }
    const problem = shareProblem(indicator.id, indicator.share, numerator, population);
    if (problem) return problem;
  }
  for (const breakdown of breakdownIds) {
    const shown = (summary.breakdowns[breakdown] ?? []).map((row) => row.count.count);
    const sum = shown.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (policy === 'suppress' && population !== null && shown.length > 0 && shown.every((count) => count !== null) && sum !== population) {
      return { code: 'summary.inconsistent', message: `Fordelingen på ${breakdown} giver ikke det samlede antal patienter.` };
    }
  }
  return null;
}

/** The network's rules (network-aggregate.ts), checked the same way by the practice that imports it. */
function networkProblem(summary: NetworkSummary): Problem | null {
  const { threshold } = summary.disclosure;
  const population = summary.population;
  const cells: { name: string; cell: NetworkCount; tied: boolean }[] = [
    { name: 'N', cell: population, tied: false },
    { name: 'type 1', cell: summary.type1, tied: false },
    ...summary.indicators.map((i) => ({ name: i.id, cell: i.numerator, tied: true })),
    ...breakdownIds.flatMap((b) => (summary.breakdowns[b] ?? []).map((row) => ({ name: `${b} ${row.key}`, cell: row.count, tied: true }))),
  ];
  for (const { name, cell, tied } of cells) {
    if (cell.count === null) continue;
    if (isHidden(cell.count, threshold)) return unsafe(`Netværksfilen viser et antal på ${hiddenUpTo(threshold)} eller derunder (${name}).`);
    if (cell.practicesIncluded < minimumContributingPractices) return unsafe(`Netværksfilen viser ${name} for færre end ${minimumContributingPractices} praksis.`);
    if (tied && (population.count === null || cell.practicesIncluded !== population.practicesIncluded)) {
      return unsafe(`Netværksfilen viser ${name} for andre praksis end dem, N er talt over.`);
    }
  }
  for (const indicator of summary.indicators) {
    const problem = shareProblem(indicator.id, indicator.share, indicator.numerator.count, indicator.numerator.count === null ? null : population.count);
    if (problem) return problem;
  }
  return null;
}

/**
 * Reads a summary file and says, in plain Danish, why one is refused: not JSON, not a summary,
 * a version this Tovholder does not know, not valid, changed after it was made (its signature
 * does not verify: `verify` is handed in, the cryptography lives in the host), or holding a count
 * that should have been hidden. Whether the key is the sender's usual one is the store's to say.
 */
export function readSummaryText(text: string, verify: SignatureVerifier): SummaryReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('summary.notJson', 'Filen er ikke en Tovholder-opgørelse: den er ikke JSON.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== summaryFormat) {
    return refuse('summary.wrongFormat', 'Filen er ikke en Tovholder-opgørelse (feltet "format" mangler eller er forkert).');
  }
  const version = (data as { version?: unknown }).version;
  if (version !== summaryVersion) {
    return refuse(
      'summary.wrongVersion',
      `Filen er i version ${String(version)} af opgørelsesformatet, men denne udgave af Tovholder læser kun version ${summaryVersion}. Opdatér Tovholder, eller bed om en fil i version ${summaryVersion}.`,
    );
  }
  const parsed = summaryFileSchema.safeParse(data);
  if (!parsed.success) return refuse('summary.invalid', `Filen er ikke en gyldig opgørelse: ${describeIssues(parsed.error)}.`);
  if (!verify(signaturePayload(parsed.data), parsed.data.signature)) {
    return refuse('summary.tampered', 'Filen er blevet ændret, efter den blev lavet (underskriften passer ikke). Bed om at få filen sendt igen.');
  }
  const problem = parsed.data.kind === 'practice' ? practiceProblem(parsed.data) : networkProblem(parsed.data);
  if (problem) return refuse(problem.code, problem.message);
  return { ok: true, summary: parsed.data };
}
