import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoExtractFile } from '../../shared/demo/demo-extract';
import { readExtract } from '../../shared/import/read-extract';
import { e2eToday } from './fixtures/browser-host';
import { e2eLogsDir, samplesDir } from './fixtures/paths';
import { extractText, syntheticPatients } from './fixtures/synthetic-extract';

/** Every CPR number, name and phone number in the sample extracts and the demo practice. */
function secrets(): Set<string> {
  const found = new Set<string>();
  const files: { bytes: Uint8Array; fileName: string }[] = [];
  for (const sample of readdirSync(samplesDir).filter((name) => name.startsWith('case-'))) {
    for (const fileName of readdirSync(join(samplesDir, sample)).filter((name) => !name.endsWith('.json'))) {
      files.push({ bytes: new Uint8Array(readFileSync(join(samplesDir, sample, fileName))), fileName });
    }
  }
  // The demo practice as the app loads it: seed 2026, 300 patients (its names do not depend on the date).
  files.push(demoExtractFile({ seed: 2026, patients: 300, extractDate: e2eToday }));
  // The small extract the absent-column, refusal and as-of specs write.
  files.push({ bytes: new TextEncoder().encode(extractText({ extractDate: e2eToday, rows: syntheticPatients(), fileName: 'syntetisk.csv' })), fileName: 'syntetisk.csv' });
  for (const file of files) {
    for (const patient of readExtract(file).patients) {
      found.add(patient.cpr);
      found.add(`${patient.cpr.slice(0, 6)}-${patient.cpr.slice(6)}`);
      if (patient.name) found.add(patient.name);
      if (patient.phone) found.add(patient.phone);
    }
  }
  return found;
}

function logFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.log'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the logs of the whole end-to-end run hold no CPR number, name or phone number', () => {
  const files = logFiles(e2eLogsDir);
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean));
  // The run must have logged something real, or the scan proves nothing.
  expect(files.length).toBeGreaterThan(0);
  expect(lines.some((line) => line.includes('"event":"contract.call"'))).toBe(true);

  const known = secrets();
  expect(known.size).toBeGreaterThan(300);
  const leaks: string[] = [];
  for (const line of lines) {
    for (const secret of known) if (line.includes(secret)) leaks.push(`${secret} in ${line.slice(0, 200)}`);
    const cprLike = /(?<!\d)\d{6}-?\d{4}(?!\d)/.exec(line);
    if (cprLike) leaks.push(`CPR-like ${cprLike[0]} in ${line.slice(0, 200)}`);
  }
  console.log(`Log scan: ${lines.length} lines in ${files.length} files, ${known.size} CPR numbers, names and phones looked for, ${leaks.length} found`);
  expect(leaks).toEqual([]);
});
