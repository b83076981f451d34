import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { ContractError } from '../shared/contract';
import { inMemory, openAppContext } from '../core/app-context';
import { exportNetworkFile, importSummaryFile } from '../core/services/network-service';
import { exportPracticeSummary } from '../core/services/summary-service';
import { getSummarySettings, updateSummarySettings } from '../core/services/summary-settings-service';
import type { Printer } from '../core/print/printer';
import { cellText, numeratorText, shareText } from '../shared/summary/summary-display';
import { disclosurePolicyNames, disclosurePolicySchema, type DisclosurePolicy } from '../shared/summary/disclosure-policy';
import { indicatorNames } from '../shared/summary/indicator-definitions';
import { UsageError, date, parse } from './cli-args';
import { withContext, type CliHost } from './tovholder';

export const summaryUsage = {
  summary: `Brug: tovholder summary --out FILE.json|FILE.xlsx [--db PATH] [--as-of ÅÅÅÅ-MM-DD] [--label NAVN] [--disclosure suppress|round]

Skriver praksissens anonymiserede netværksopgørelse: indikatorer, andele og fordelinger i
grupper, uden CPR, navne, telefonnumre, datoer for patienters kontroller eller fritekst.
Et antal fra 0 til 7 (2 × grænsen − 3; grænsen står i indstillingerne) skjules som x, og med det
hele den gruppe eller indikator, det hænger sammen med i en sum. Eksporten skrives i
revisionsloggen med filens SHA-256 og i listen over sendte opgørelser. Filen underskrives med
databasens egen nøgle (den samme som appens), så en ændret fil afvises. En opgørelse afvises, hvis
den sammen med de tidligere ville afsløre mere: en ny opgørelse pr. en dato, der allerede er sendt,
skal vise de samme tal, og grænsen for små tal må ikke være lavere end før.
  --out FILE         .json til netværket, .xlsx til at læse
  --as-of DATO       datoen for et indlæst udtræk (standard: seneste udtræksdato)
  --label NAVN       praksissens navn i filen (standard: Praksis)
  --disclosure NAVN  suppress: skjul små antal, vis resten præcist; round: afrund resten til
                     nærmeste 5 (standard: praksissens indstilling)
Slutkode 0: skrevet. 2: forkert tilvalg, eller opgørelsen blev afvist; intet er skrevet.`,
  network: `Brug: tovholder network --out FILE.xlsx|FILE.pdf|FILE.json [--db PATH] [--labels] [--name NAVN] [--accept-new-key NAVN] SUMMARY.json...

Samler praksissers opgørelser til en netværksrapport (.xlsx eller .pdf) eller en netværksopgørelse (.json),
som praksis kan indlæse og se sine egne tal ved siden af netværkets. Praksis vises som A, B, C
medmindre --labels er givet. En fil i forkert format eller version, en ændret fil (underskriften
passer ikke), en fil fra en praksis med en anden nøgle end før og en fil der gentages (samme fil,
eller samme praksis og periode) afvises. Koordinatorens database husker hver praksis' nøgle fra
dens første fil og underskriver netværksopgørelsen; opgørelserne selv gemmes ikke.
  --db PATH      koordinatorens database (ellers TOVHOLDER_DB eller appens standardsted)
  --labels       vis praksissernes egne navne
  --name NAVN    netværkets navn (standard: Netværket)
  --accept-new-key NAVN
                 tag imod en ny nøgle fra praksis NAVN (kan gentages), når du har spurgt praksis,
                 og den har skiftet pc eller database; derefter afvises filer med den gamle nøgle
Slutkode 0: skrevet. 2: en opgørelse blev afvist; intet er skrevet.`,
} as const;

const text = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

function outputFormat(out: string | undefined, allowed: readonly string[]): string {
  if (!out) throw new UsageError('Angiv --out FILE.');
  const extension = extname(out).toLowerCase().slice(1);
  if (!allowed.includes(extension)) {
    const names = allowed.map((e) => `.${e}`);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}` : names.join('');
    throw new UsageError(`--out skal ende på ${list}, ikke '${basename(out)}'.`);
  }
  return extension;
}

function write(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch {
    throw new ContractError('file.unwritable', `Filen '${path}' kunne ikke skrives.`);
  }
}

function disclosurePolicy(value: string | undefined): DisclosurePolicy | undefined {
  if (value === undefined) return undefined;
  const parsed = disclosurePolicySchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--disclosure skal være suppress eller round, ikke '${value}'.`);
  return parsed.data;
}

export async function runSummary(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args, options: { out: text, db: text, 'as-of': text, label: text, disclosure: text, help: bool }, allowPositionals: true }),
  );
  if (values.help) return io.out(summaryUsage.summary), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument: ${positionals[0]}`);
  const format = outputFormat(values.out, ['json', 'xlsx']) as 'json' | 'xlsx';
  const asOf = date(values['as-of'], '--as-of');
  const label = (values.label ?? 'Praksis').trim();
  if (label.length < 1 || label.length > 80) throw new UsageError('--label skal være 1 til 80 tegn.');
  const policy = disclosurePolicy(values.disclosure);
  const file = await withContext(values.db, io, (ctx) => exportPracticeSummary(ctx, { label, format, asOf, policy }));
  write(values.out as string, file.bytes);
  const { summary } = file;
  const lines = [`Skrev opgørelsen for ${summary.practiceLabel} pr. ${summary.asOf} til ${values.out} (SHA-256 ${file.sha256}).`];
  lines.push(`Grænse for små tal: ${file.disclosure.threshold}; ${disclosurePolicyNames[file.disclosure.policy].toLowerCase()}.`);
  lines.push(`Type 2-patienter fulgt i almen praksis (N): ${cellText(summary.population)}; type 1 (ikke i N): ${cellText(summary.type1)}.`);
  for (const indicator of summary.indicators) {
    lines.push(`  ${indicatorNames[indicator.id].padEnd(40)} ${numeratorText(indicator).padStart(6)}  ${shareText(indicator.share)}`);
  }
  io.out(lines.join('\n'));
  return 0;
}

export async function runNetwork(args: string[], io: CliHost, printer: Printer): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args, options: { out: text, db: text, labels: bool, name: text, 'accept-new-key': { type: 'string', multiple: true }, help: bool }, allowPositionals: true }));
  if (values.help) return io.out(summaryUsage.network), 0;
  const format = outputFormat(values.out, ['xlsx', 'pdf', 'json']);
  if (positionals.length === 0) throw new UsageError('Angiv mindst én opgørelse (SUMMARY.json).');
  const networkLabel = (values.name ?? 'Netværket').trim();
  if (networkLabel.length < 1 || networkLabel.length > 80) throw new UsageError('--name skal være 1 til 80 tegn.');
  return withContext(values.db, io, async (keys) => {
    // The files are checked against each other in a database that lives only for this command;
    // the coordinator's database lends its kept keys and its own signing key, and keeps the keys
    // of practices seen for the first time only if the output is written.
    const ctx = openAppContext(inMemory, { actor: 'cli', now: io.now });
    // The network's policy, threshold and targets are the coordinator's, not an empty database's defaults.
    updateSummarySettings(ctx, getSummarySettings(keys));
    keys.db.exec('BEGIN IMMEDIATE');
    try {
      for (const path of positionals) {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(path);
        } catch {
          throw new ContractError('summary.unreadable', `Filen '${path}' kunne ikke åbnes.`);
        }
        try {
          importSummaryFile(ctx, { fileName: basename(path), bytes, acceptNewKey: values['accept-new-key'] ?? [] }, keys);
        } catch (error) {
          if (error instanceof ContractError) throw new ContractError(error.code, `${basename(path)}: ${error.message}`);
          throw error;
        }
      }
      const file = await exportNetworkFile(
        ctx,
        { showLabels: values.labels ?? false, networkLabel, format: format === 'json' ? 'summary' : (format as 'xlsx' | 'pdf') },
        printer,
        keys,
      );
      write(values.out as string, file.bytes);
      keys.db.exec('COMMIT');
      io.out(`Skrev ${format === 'json' ? 'netværksopgørelsen' : 'netværksrapporten'} over ${positionals.length} opgørelser til ${values.out} (SHA-256 ${file.sha256}).`);
      return 0;
    } finally {
      if (keys.db.inTransaction) keys.db.exec('ROLLBACK');
      ctx.db.close();
    }
  });
}
