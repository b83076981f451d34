import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula } from '../../../shared/outputs/cell-safety';

describe('formula neutralisation', () => {
  it.each(['=1+1', '+4512345678', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises %j with a leading apostrophe', (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['Åse', '12345678', "'=already", ' =space first', ''])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('property: the result never starts with a formula character and always ends with the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', "'", ' ', 'æ') }), (text) => {
        const safe = neutraliseFormula(text);
        expect(isFormulaLike(safe)).toBe(false);
        expect(safe.endsWith(text)).toBe(true);
        expect(safe.length - text.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
