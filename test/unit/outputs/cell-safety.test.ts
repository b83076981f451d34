import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardRows, isFormulaLike, neutraliseFormula } from '../../../shared/outputs/cell-safety';
import { formulaCharacters, invisibleCharacters, startsLikeAFormula } from './formula-cases';

describe('formula neutralisation', () => {
  it.each(['=1+1', '+4512345678', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＋45', '－2', '＠SUM(A1)', '\tnavn', '\rnavn'])(
    'neutralises %j with a leading apostrophe',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(invisibleCharacters.map((char) => [char.codePointAt(0)!.toString(16).toUpperCase(), char] as const))(
    'drops a leading U+%s before a formula character, then neutralises',
    (_code, char) => {
      for (const formula of formulaCharacters) {
        expect(neutraliseFormula(`${char}${formula}HYPERLINK("x")`)).toBe(`'${formula}HYPERLINK("x")`);
        expect(neutraliseFormula(`${char}${char} ${formula}1`)).toBe(`' ${formula}1`);
      }
      // Not before a formula: the text is left as it is (stripping it for the screen is another matter).
      expect(neutraliseFormula(`${char}Hansen`)).toBe(`${char}Hansen`);
    },
  );

  it('neutralises a formula behind leading spaces, which a CSV import that trims them would run', () => {
    expect(neutraliseFormula(' =1')).toBe("' =1");
    expect(neutraliseFormula('  ＝1')).toBe("'  ＝1");
    // Spaces and invisible characters mixed, in any order, hide nothing either.
    expect(neutraliseFormula(' \u200C =1')).toBe("' \u200C =1");
    expect(neutraliseFormula(' \u200C\r=1')).toBe("' \u200C\r=1");
    expect(neutraliseFormula('\u200B \u202E \u2066@SUM(A1)')).toBe("' \u202E \u2066@SUM(A1)");
  });

  it.each(['Åse', '12345678', "'=already", 'a=b', '1-2', '', '–5 (tankestreg)', '<5', 'x'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('guards the text cells of rows and leaves numbers numbers', () => {
    expect(guardRows([['=1', 2, -3], ['\u200B@x', 'ok']])).toEqual([["'=1", 2, -3], ["'@x", 'ok']]);
  });

  it('property: the result never starts like a formula and keeps the visible text', () => {
    const unit = fc.constantFrom(...formulaCharacters, ...invisibleCharacters, '\t', '\r', ' ', 'a', "'", 'æ', '1');
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const safe = neutraliseFormula(text);
        expect(startsLikeAFormula(safe)).toBe(false);
        expect(isFormulaLike(safe)).toBe(false);
        expect(safe === text || safe === `'${text.replace(/^[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]+/u, '')}`).toBe(true);
      }),
    );
  });
});
