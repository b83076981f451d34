import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShare, percentOf, roundShare, sharePercent } from '../../../shared/shares';
import { shareText } from '../../../shared/summary/summary-display';

const danish = (share: number | null) => formatShare(share, 'da').replace(/\u00a0/g, ' ');

/** Round half up of 1000·n/d in whole numbers: what "a tenth of a percent of the exact ratio" means. */
const exactPermille = (numerator: number, denominator: number) => Math.floor((2000 * numerator + denominator) / (2 * denominator));

describe('one share, rounded once', () => {
  it('writes the issue’s figures the same in the app and in the files', () => {
    // 208 of 641 is 32.449…%: 32,4 %, not 32,5 % after a first rounding to 32,45.
    expect(roundShare(208, 641)).toBe(0.324);
    expect(danish(roundShare(208, 641))).toBe('32,4 %');
    expect(shareText(roundShare(208, 641))).toBe('32,4 %');
    // 434 of 624 is 69.551…%: 69,6 %, not 69,5 % after a first rounding to 69,55.
    expect(roundShare(434, 624)).toBe(0.696);
    expect(danish(roundShare(434, 624))).toBe('69,6 %');
    expect(shareText(roundShare(434, 624))).toBe('69,6 %');
    expect(percentOf(434, 624)).toBe(69.6);
    expect(formatShare(roundShare(434, 624), 'en')).toBe('69.6%');
  });

  it('rounds half a tenth up, and leaves a share without a denominator empty', () => {
    expect(roundShare(1, 16)).toBe(0.063);
    expect(danish(1 / 16)).toBe('6,3 %');
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(null, 10)).toBeNull();
    expect(danish(null)).toBe('');
  });

  it('gives every count pair the same tenth of a percent in the app, the chart, the files and from the exact ratio (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 200_000 }), (denominator, raw) => {
        const numerator = raw % (denominator + 1);
        const share = roundShare(numerator, denominator);
        const permille = exactPermille(numerator, denominator);
        expect(Math.round(share * 1000)).toBe(permille);
        const text = `${Math.floor(permille / 10)},${permille % 10} %`;
        expect(shareText(share)).toBe(text);
        expect(danish(share)).toBe(text);
        expect(danish(numerator / denominator)).toBe(text);
        expect(sharePercent(share)).toBe(permille / 10);
      }),
      { numRuns: 2000 },
    );
  });
});
