import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppContext } from '../core/app-context';
import { importExtract } from '../core/services/import-service';
import { queryWorklist } from '../core/services/worklist-service';
import { demoExtractFile } from '../shared/demo/demo-extract';
import { worklistNames, type WorklistName } from '../shared/worklists';

/**
 * `npm run bench:worklist`: a 100,000-patient practice in the real UI (browser host, Debian
 * Chromium). Prints how long switching lists and filtering take from the click to the new
 * rows on screen, the same through the contract alone, and frame times while scrolling.
 */
const patients = Number(process.env.BENCH_PATIENTS ?? 100_000);
const dir = join(process.cwd(), '.bench');
const dbPath = join(dir, 'worklist.sqlite');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const ctx = openAppContext(dbPath, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'bench' });
const demo = demoExtractFile({ seed: 11, patients, extractDate: '2026-11-20' });
importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const selection = { filters: {}, sort: 'urgency' as const, descending: false, offset: 0, limit: 100 };
let started = performance.now();
queryWorklist(ctx, { list: 'all', ...selection });
const firstBuild = performance.now() - started;
const serviceTimes: Record<string, number[]> = {};
for (let round = 0; round < 5; round++) {
  for (const list of worklistNames) {
    started = performance.now();
    queryWorklist(ctx, { list, ...selection });
    (serviceTimes[list] ??= []).push(performance.now() - started);
  }
}
ctx.db.close();

const host = spawn(process.execPath, [join('dist', 'node', 'browser-host.cjs'), '--db', dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
// Whatever happens below, the host does not outlive the benchmark.
process.on('exit', () => host.kill('SIGTERM'));
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  host.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
    if (match?.[1]) resolve(match[1]);
  });
  host.once('exit', (code) => reject(new Error(`browser host stopped (${code})`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'Arbejdslister' }).click();
await page.locator('table[data-list="annual_overdue"] tbody tr[data-cpr]').first().waitFor();

/**
 * From the user's action to the first row of the answer on screen: the table carries the number
 * of the answer its rows come from, so the wait ends when a new one is shown, not on old rows.
 */
async function timeToRows(page: Page, action: () => Promise<void>, list: WorklistName): Promise<number> {
  const before = Number(await page.locator('table[data-load-seq]').getAttribute('data-load-seq'));
  const begin = performance.now();
  await action();
  await page.waitForFunction(
    ([seq, name]) => {
      const table = document.querySelector<HTMLElement>(`table[data-list="${name}"]`);
      return table !== null && Number(table.dataset.loadSeq) > seq && (table.querySelector('tbody tr[data-cpr]') !== null || table.getAttribute('aria-rowcount') === '1');
    },
    [before, list] as const,
    { polling: 'raf' },
  );
  return performance.now() - begin;
}

const uiSwitch: Record<string, number[]> = {};
const order: WorklistName[] = ['all', 'eye_missing', 'foot_missing', 'due_soon', 'clinical', 'annual_overdue'];
for (let round = 0; round < 3; round++) {
  for (const list of order) {
    const ms = await timeToRows(
      page,
      () => page.getByRole('group', { name: 'Arbejdslister' }).locator(`[data-list="${list}"]`).click(),
      list,
    );
    (uiSwitch[list] ??= []).push(ms);
  }
}

await timeToRows(page, () => page.getByRole('group', { name: 'Arbejdslister' }).locator('[data-list="all"]').click(), 'all');
const filters = page.getByRole('region', { name: 'Filtre' });
const gp = await filters.getByLabel('Læge', { exact: true }).locator('option').nth(1).getAttribute('value');
const filterTimes: Record<string, number> = {};
filterTimes['Læge'] = await timeToRows(
  page,
  async () => {
    await filters.getByLabel('Læge', { exact: true }).selectOption(gp ?? '');
  },
  'all',
);
filterTimes['Alder 60-74'] = await timeToRows(page, () => filters.getByLabel('Alder', { exact: true }).selectOption('60-74').then(() => undefined), 'all');
filterTimes['Søgning "Jens"'] = await timeToRows(page, () => filters.getByLabel('Søg på navn eller CPR-nr.').fill('Jens'), 'all');

await page.getByRole('button', { name: 'Nulstil filtre' }).click();
await page.locator('tbody tr[data-cpr]').first().waitFor();
const frames = await page.getByRole('region', { name: 'Patientliste' }).evaluate(async (element) => {
  const intervals: number[] = [];
  let last = performance.now();
  for (let step = 0; step < 240; step++) {
    element.scrollTop += 400;
    await new Promise((done) => requestAnimationFrame(done));
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
});
const rendered = await page.locator('tbody tr').count();
await browser.close();
host.kill('SIGTERM');

const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;
console.log(`\nArbejdslister med ${patients.toLocaleString('da-DK')} patienter\n`);
console.log(`Første beregning af alle patienters status (én gang pr. ændring): ${fmt(firstBuild)}`);
console.log('\nListe                    service (median)   UI: klik til rækker (median af 3)   UI første klik');
for (const list of order) {
  const ui = uiSwitch[list] ?? [];
  console.log(`${list.padEnd(24)} ${fmt(median(serviceTimes[list] ?? []))}           ${fmt(median(ui))}                       ${fmt(ui[0] ?? 0)}`);
}
console.log('\nFilter                   UI: handling til rækker');
for (const [name, ms] of Object.entries(filterTimes)) console.log(`${name.padEnd(24)} ${fmt(ms)}`);
const sortedFrames = [...frames].sort((a, b) => a - b);
console.log(
  `\nRulning: 240 trin à 400 px, billedinterval median ${median(frames).toFixed(1)} ms, 95%-fraktil ${sortedFrames[Math.floor(frames.length * 0.95)]?.toFixed(1)} ms, max ${sortedFrames.at(-1)?.toFixed(1)} ms; ${rendered} rækker i DOM`,
);
