import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');

/** Runs the built CLI and tells which of SheetJS's files it loaded. */
function builtCli(args: string[]): { status: number | null; out: string; sheetJsFiles: string[] } {
  const dir = tempDir();
  const probe = join(dir, 'probe.cjs');
  const loaded = join(dir, 'loaded.json');
  writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(Object.keys(require.cache).filter((file) => /[\\\\/]xlsx[\\\\/]/.test(file)))));`,
  );
  const result = spawnSync(process.execPath, ['--require', probe, cliPath, ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout, sheetJsFiles: JSON.parse(readFileSync(loaded, 'utf8')) as string[] };
}

describe('the built CLI loads SheetJS only for a workbook', () => {
  const sample = sampleCases().find((found) => found.files.some((file) => file.path.endsWith('.xlsx')))!;

  it('imports a text extract without it and a workbook with it, both as the samples expect', () => {
    const db = join(tempDir(), 'cli.sqlite');
    for (const file of sample.files) {
      const run = builtCli(['import', join(sample.dir, file.path), '--db', db, '--json']);
      expect(run.status, run.out).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ extractDate: file.extract_date, rowsRejected: file.rejected_rows });
      expect(run.sheetJsFiles.length > 0, file.path).toBe(file.path.endsWith('.xlsx'));
    }
  });
});
