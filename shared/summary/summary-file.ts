import { z } from 'zod';
import { breakdownIds } from './breakdowns';
import { isSmall } from './disclosure-control';
import { roundShare } from './build-summary';
import { summaryFileSchema, summaryFormat, summaryVersion, type SummaryFile } from './summary-schema';
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

/** A published count that disclosure control should have hidden, or figures that disagree. */
function contentProblem(summary: SummaryFile): { code: SummaryRefusal; message: string } | null {
  const counts =
    summary.kind === 'practice'
      ? [summary.population.count, summary.type1.count, ...summary.indicators.map((i) => i.numerator?.count ?? null)]
      : [summary.population, ...summary.indicators.map((i) => i.numerator)];
  for (const breakdown of breakdownIds) for (const row of summary.breakdowns[breakdown] ?? []) counts.push(row.count.count);
  if (counts.some((count) => count !== null && isSmall(count, summary.threshold))) {
    return { code: 'summary.unsafe', message: `Filen viser et antal under ${summary.threshold}, som skulle have været skjult. Den tages ikke imod.` };
  }
  const population = summary.kind === 'practice' ? summary.population.count : summary.population;
  for (const indicator of summary.indicators) {
    const numerator = typeof indicator.numerator === 'number' ? indicator.numerator : (indicator.numerator?.count ?? null);
    const denominator = 'denominator' in indicator ? indicator.denominator : population;
    const expected = numerator !== null && denominator !== null && denominator > 0 ? roundShare(numerator, denominator) : null;
    if (indicator.share !== expected || (numerator !== null && denominator !== null && numerator > denominator)) {
      return { code: 'summary.inconsistent', message: `Andelen for ${indicator.id} passer ikke med antallene i filen.` };
    }
  }
  for (const breakdown of breakdownIds) {
    const rows = summary.breakdowns[breakdown];
    if (rows === null) continue;
    const shown = rows.map((row) => row.count.count);
    if (population !== null && shown.every((count) => count !== null) && shown.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) !== population) {
      return { code: 'summary.inconsistent', message: `Fordelingen på ${breakdown} giver ikke det samlede antal patienter.` };
    }
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
  const problem = contentProblem(parsed.data);
  if (problem) return refuse(problem.code, problem.message);
  return { ok: true, summary: parsed.data };
}
