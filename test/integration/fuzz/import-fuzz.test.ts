import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { importExtract } from '../../../core/services/import-service';
import { ContractError } from '../../../shared/contract';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const seeds = sampleCases().flatMap((sample) =>
  sample.files.map((file) => ({ name: file.path, bytes: new Uint8Array(readFileSync(join(sample.dir, file.path))) })),
);

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'hugeField'; at: number; length: number }
  | { kind: 'nestedQuotes'; at: number; depth: number }
  | { kind: 'latin1' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('hugeField' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1_000, max: 200_000 }) }),
  fc.record({ kind: fc.constant('nestedQuotes' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), depth: fc.integer({ min: 1, max: 5_000 }) }),
  fc.record({ kind: fc.constant('latin1' as const) }),
);

function splice(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  const index = Math.floor(at * bytes.length);
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, index));
  out.set(insert, index);
  out.set(bytes.subarray(index), index + insert.length);
  return out;
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, Math.floor(m.at * bytes.length));
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[Math.min(out.length - 1, Math.floor(m.at * out.length))] = m.byte;
      return out;
    }
    case 'hugeField':
      return splice(bytes, m.at, new TextEncoder().encode('x'.repeat(m.length)));
    case 'nestedQuotes':
      return splice(bytes, m.at, new TextEncoder().encode('"'.repeat(m.depth)));
    case 'latin1':
      return Uint8Array.from(new TextDecoder('utf-8').decode(bytes), (ch) => ch.charCodeAt(0) & 0xff);
  }
}

function fingerprint(ctx: AppContext): string {
  return JSON.stringify([ctx.queries.listBatches(), ctx.queries.countPatients(), ctx.queries.listAudit().length]);
}

/**
 * Hostile and broken files: every input either imports or is refused with a Danish message, never
 * crashes or hangs, and a refusal leaves the database exactly as it was.
 */
describe('importer fuzz', () => {
  it('survives 2,000 mutated sample files', () => {
    const ctx = openAppContext(join(tempDir(), 'fuzz.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z') });
    const outcomes = { imported: 0, duplicate: 0, refused: 0, slowest: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const bytes = mutations.reduce(mutate, seed.bytes);
        const before = fingerprint(ctx);
        const started = performance.now();
        try {
          const report = importExtract(ctx, { bytes, fileName: seed.name, fileModified: '2026-06-01' });
          if (report.duplicateOf === null) outcomes.imported++;
          else outcomes.duplicate++;
        } catch (error) {
          expect(error).toBeInstanceOf(ContractError);
          expect((error as ContractError).message).toMatch(/[a-zæøå]{3,}/i);
          expect(fingerprint(ctx)).toBe(before);
          outcomes.refused++;
        }
        const elapsed = performance.now() - started;
        outcomes.slowest = Math.max(outcomes.slowest, elapsed);
        expect(elapsed).toBeLessThan(5_000);
      }),
      { numRuns: 2_000 },
    );
    console.log(`Fuzz: 2000 input, ${JSON.stringify({ ...outcomes, slowest: `${Math.round(outcomes.slowest)} ms` })}`);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ctx.db.close();
  }, 300_000);
});
