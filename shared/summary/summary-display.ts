import { formatTarget, type Target } from './indicator-definitions';
import type { PublishedCount } from './summary-schema';

/**
 * How a published cell reads in the files and on screen: the number, `<5` for a small count, or
 * `x` for a count hidden so that a small one cannot be worked out by subtraction.
 */
export function cellText(cell: PublishedCount, threshold: number): string {
  if (cell.suppressed === 'small') return `<${threshold}`;
  if (cell.suppressed === 'secondary') return 'x';
  return String(cell.count);
}

/** An indicator the extract has no column for: not available, which is not 0. */
export const unavailableText = 'Kan ikke opgøres (ikke i udtrækket)';

/** An indicator's count as it reads: its cell, or why there is none. */
export function numeratorText(indicator: { numerator: PublishedCount | null }, threshold: number): string {
  return indicator.numerator === null ? unavailableText : cellText(indicator.numerator, threshold);
}

/** A share as Danish readers write it: `85,3 %`; a suppressed share is empty. */
export function shareText(share: number | null): string {
  return share === null ? '' : `${(share * 100).toFixed(1).replace('.', ',')} %`;
}

export function targetText(target: Target | null): string {
  return target === null ? '' : formatTarget(target);
}
