import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract';
import { maxExtractBytes, refuseOversizedExtract, tooLargeMessage } from '../../../shared/import/extract-size';
import { readExtract } from '../../../shared/import/read-extract';

describe('the extract size cap', () => {
  it('lets a file of exactly the cap through and refuses one byte more as extract.too_large', () => {
    expect(() => refuseOversizedExtract(maxExtractBytes)).not.toThrow();
    expect(() => refuseOversizedExtract(maxExtractBytes + 1)).toThrow(ContractError);
    try {
      refuseOversizedExtract(maxExtractBytes + 1);
    } catch (error) {
      expect(error).toMatchObject({ code: 'extract.too_large' });
    }
  });

  it('says in Danish how big the file is, what the cap is and that nothing changed', () => {
    expect(tooLargeMessage(1024 ** 3)).toBe(
      'Filen fylder 1.024 MB og er for stor til at være et udtræk af forløbsplaner (højst 256 MB; et udtræk med 200.000 rækker fylder omkring 50 MB). Intet er indlæst, og databasen er uændret.',
    );
  });

  it('is checked by the reader before it looks at a byte', () => {
    // Zero-filled and never touched: the refusal must come before any decoding would.
    const bytes = new Uint8Array(maxExtractBytes + 1);
    expect(() => readExtract({ bytes, fileName: 'kæmpe_2026-11-23.csv' })).toThrow(/for stor til at være et udtræk/);
  });
});
