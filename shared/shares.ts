/**
 * How a share is rounded, the one definition behind every place that shows one: the app's
 * screens and charts, the summary file and its preview, the XLSX, the PDF and the CLI. A tenth of
 * a percentage point, rounded once from the exact ratio: rounding to a finer step first and then
 * again for display made 208 of 641 read 32,4 % on one screen and 32,5 % on another.
 */
export const sharePermille = 1000;

/** 208 of 641 → 0.324 (32,4 %); half a tenth rounds up. */
export function roundShare(numerator: number, denominator: number): number {
  return Math.round((numerator * sharePermille) / denominator) / sharePermille;
}

/**
 * A share on a percent scale, for chart axes and lines: 0.324 → 32.4. A share already rounded by
 * `roundShare` keeps its value; one computed elsewhere is rounded the same way.
 */
export function sharePercent(share: number): number {
  return Math.round(share * sharePermille) / 10;
}

/** The share of two counts on a percent scale, or null (a gap in a chart) without a denominator. */
export function percentOf(numerator: number | null, denominator: number | null): number | null {
  return numerator !== null && denominator !== null && denominator > 0 ? sharePercent(roundShare(numerator, denominator)) : null;
}

/** A share as the language writes a percentage: `32,4 %` in Danish, `32.4%` in English; null is empty. */
export function formatShare(share: number | null, language: string): string {
  if (share === null) return '';
  const rounded = Math.round(share * sharePermille) / sharePermille;
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rounded);
}
