import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');
const posix = process.platform !== 'win32';

/** The built CLI with its default data folder under a temp XDG_CONFIG_HOME. */
function tovholder(args: string[], config: string): { code: number | null; err: string } {
  const env = { ...process.env, XDG_CONFIG_HOME: config, TOVHOLDER_DB: '' };
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', env });
  return { code: result.status, err: result.stderr };
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe.runIf(posix)('the CLI keeps patient data to the user', () => {
  it('creates its default data folder 0700 and writes a recall list 0600', () => {
    const config = tempDir();
    const sample = sampleCases()[0]!;
    for (const file of sample.files) expect(tovholder(['import', join(sample.dir, file.path)], config).code).toBe(0);
    expect(mode(join(config, 'Tovholder'))).toBe(0o700);
    expect(mode(join(config, 'Tovholder', 'tovholder.sqlite'))).toBe(0o600);
    for (const name of ['liste.csv', 'liste.xlsx']) {
      const out = join(tempDir(), name);
      const result = tovholder(['recall', '--list', 'annual_overdue', '--out', out], config);
      expect(result.code, result.err).toBe(0);
      expect(mode(out), name).toBe(0o600);
    }
  });
});
