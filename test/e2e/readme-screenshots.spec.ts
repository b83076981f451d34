import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures/paths';
import { readmeShots, readmeShotsDir } from './pages/screenshots';

// No host: this reads the README and the specs, so the pictures it shows are the ones the run retakes.
test('the README shows exactly the screenshots the end-to-end run retakes, each taken by one spec', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/\(docs\/screenshots\/([a-z0-9-]+)\.png\)/g)].map((match) => match[1]);
  expect([...shown].sort()).toEqual([...readmeShots].sort());
  expect(readdirSync(readmeShotsDir).sort()).toEqual(readmeShots.map((name) => `${name}.png`).sort());

  const e2eDir = join(repoRoot, 'test/e2e');
  const taken = readdirSync(e2eDir)
    .filter((file) => file.endsWith('.spec.ts'))
    .flatMap((file) => [...readFileSync(join(e2eDir, file), 'utf8').matchAll(/saveReadmeScreenshot\(page, '([a-z0-9-]+)'/g)].map((match) => match[1]));
  expect([...taken].sort()).toEqual([...readmeShots].sort());
});
