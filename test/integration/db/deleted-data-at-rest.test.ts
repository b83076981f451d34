import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { importExtract, undoLatestImport } from '../../../core/services/import-service';
import { applyRetention } from '../../../core/services/privacy-settings';
import { runCli } from '../../../cli/tovholder';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** A name no other row holds, so finding its bytes anywhere means the deleted patient is readable. */
const secretName = 'Zacharias Quistgaard-Ødelund';

function extract(extractDate: string, withSecret: boolean): { fileName: string; bytes: Uint8Array } {
  const [y, m, d] = extractDate.split('-');
  const rows = ['6101551111;Anna Andersen;01-01-2026;01-01-2025;01-01-2025'];
  if (withSecret) rows.push(`6202552222;${secretName};01-01-2026;01-01-2025;01-01-2025`);
  const text = [`Udtrukket: ${d}-${m}-${y}`, 'CPR-nr.;Navn;Årskontrol;Øjenlægekontrol;Fodterapeut', ...rows].join('\n');
  return { fileName: `udtraek_${extractDate}.csv`, bytes: new TextEncoder().encode(text) };
}

/** Every byte SQLite keeps for the database: the file and its write-ahead log. */
function onDisk(dbPath: string): Buffer {
  const wal = (() => {
    try {
      return readFileSync(`${dbPath}-wal`);
    } catch {
      return Buffer.alloc(0);
    }
  })();
  return Buffer.concat([readFileSync(dbPath), wal]);
}

const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

describe('a deleted patient cannot be read back from the database file', () => {
  it('after the import that brought them is undone', () => {
    const dbPath = join(tempDir(), 'undo.sqlite');
    const ctx = openAppContext(dbPath, { now: () => new Date('2026-06-01T09:00:00Z') });
    importExtract(ctx, extract('2026-05-31', false));
    importExtract(ctx, extract('2026-06-01', true));
    expect(holds(onDisk(dbPath), secretName)).toBe(true);
    undoLatestImport(ctx);
    expect(holds(onDisk(dbPath), secretName)).toBe(false);
    expect(ctx.db.pragma('secure_delete', { simple: true })).toBe(1);
    ctx.db.close();
  });

  it('after retention deletes the old extract they were in, in the app and through the CLI', async () => {
    for (const via of ['service', 'cli'] as const) {
      const dbPath = join(tempDir(), `retention-${via}.sqlite`);
      const ctx = openAppContext(dbPath, { now: () => new Date('2026-06-01T09:00:00Z') });
      importExtract(ctx, extract('2019-05-31', true));
      importExtract(ctx, extract('2026-05-31', false), {});
      expect(holds(onDisk(dbPath), secretName)).toBe(true);
      if (via === 'service') applyRetention(ctx, 5);
      ctx.db.close();
      if (via === 'cli') {
        // Any command applies the retention period first, as the app does at its start.
        const code = await runCli(['status', '--db', dbPath], { out: () => {}, err: () => {} }, () => new Date('2026-06-01T09:00:00Z'));
        expect(code).toBe(0);
      }
      expect(holds(onDisk(dbPath), secretName), via).toBe(false);
    }
  });
});
