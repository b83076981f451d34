import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { findBrowser, noBrowserMessage } from '../../../core/print/find-browser';
import { headlessBrowserPrinter } from '../../../core/print/headless-browser-printer';
import { importExtract } from '../../../core/services/import-service';
import { exportNetworkFile, importSummaryFile } from '../../../core/services/network-service';
import { exportPracticeSummary } from '../../../core/services/summary-service';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const screenshots = 'test-results/screenshots';

const browser = findBrowser();
if (browser === null) throw new Error(noBrowserMessage);
const printer = headlessBrowserPrinter({ browserPath: browser });

describe('network report as PDF', () => {
  it('prints the benchmark of three practices through the shared printer, labels hidden', async () => {
    const dir = tempDir();
    const coordinator = openAppContext(join(dir, 'coordinator.sqlite'), { now: () => new Date('2026-06-02T08:00:00Z'), actor: 'k' });
    for (const [label, seed] of [['Lægehuset <Nord>', 41], ['Syd', 42], ['Vest', 43]] as const) {
      const practice = openAppContext(join(dir, `${seed}.sqlite`), { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'p' });
      const demo = demoExtractFile({ seed, patients: 200, extractDate: '2026-05-31' });
      importExtract(practice, { bytes: demo.bytes, fileName: demo.fileName });
      importSummaryFile(coordinator, exportPracticeSummary(practice, { label, format: 'json' }));
      practice.db.close();
    }
    const file = await exportNetworkFile(coordinator, { showLabels: false, networkLabel: 'TværSam', format: 'pdf' }, printer);
    coordinator.db.close();
    expect(file.fileName).toBe('tovholder-netvaerksrapport_tvaersam_2026-05-31.pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, file.bytes);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Netværksrapport: TværSam');
    expect(text).toContain('Sammenligning 2026');
    expect(text).toMatch(/Øjenundersøgelse inden for 2 år/);
    expect(text).not.toContain('Nord');
    mkdirSync(screenshots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(screenshots, 'network-report-pdf')]);
  }, 60_000);
});
