import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const samplesDir = join(__dirname, '..', 'fixtures', 'samples');

export interface SampleCase {
  name: string;
  dir: string;
  files: { path: string; extract_date: string; rejected_rows: number }[];
  as_of: string;
  expected_flags: Record<string, string[]>;
  patients_active_not_hospital: number;
}

export function sampleCases(): SampleCase[] {
  return readdirSync(samplesDir)
    .filter((name) => name.startsWith('case-'))
    .sort()
    .map((name) => {
      const dir = join(samplesDir, name);
      return { name, dir, ...(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Omit<SampleCase, 'name' | 'dir'>) };
    });
}
