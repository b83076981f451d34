import { hiddenUpTo, type Disclosure } from './disclosure-policy';
import { formatTarget, type Target } from './indicator-definitions';
import type { NetworkCount, PublishedCount, Withheld } from './summary-schema';

/** A hidden count, on screen and in the files: no mark says whether it is small or tied to one. */
export const hiddenText = 'x';

/** How a published cell reads in the files and on screen: the number, or `x` when hidden. */
export function cellText(cell: PublishedCount | NetworkCount): string {
  return cell.count === null ? hiddenText : String(cell.count);
}

/** What `x` and the numbers mean under the file's policy, for the legend under every table. */
export function disclosureLegend(disclosure: Disclosure): string {
  const limit = hiddenUpTo(disclosure.threshold);
  const rounded = disclosure.policy === 'round' ? ' De viste antal er afrundet til nærmeste 5, og andelene er regnet af de afrundede tal.' : '';
  return `x: skjult. Et antal fra 0 til ${limit} skjules, og med det hele den gruppe eller indikator, det hænger sammen med i en sum, så ingen kan regne et antal under ${disclosure.threshold} ud – heller ikke ved at sammenligne to opgørelser.${rounded}`;
}

export const withheldTexts: Record<Withheld, string> = {
  fewer_than_three_practices: 'færre end 3 praksis',
  not_every_practice: 'ikke vist af alle praksis',
  small: 'for lille',
};

/** What the network column means, for the reports. */
export const networkTotalsNote =
  'Summen af praksissernes viste antal. Et netværkstal vises kun, når alle praksis, der tæller med i N, viser det, og mindst 3 praksis står bag; ellers står der x og hvorfor.';

/** A network share as it reads: the share, or `x` and why it is withheld. */
export function networkShareText(indicator: { numerator: NetworkCount; share: number | null }): string {
  return indicator.numerator.withheld === null ? shareText(indicator.share) : networkCellText(indicator.numerator);
}

/** A network total as it reads: the number, or `x` and why. */
export function networkCellText(cell: NetworkCount): string {
  return cell.withheld === null ? String(cell.count) : `x (${withheldTexts[cell.withheld]})`;
}

/** An indicator the extract has no column for: not available, which is not 0. */
export const unavailableText = 'Kan ikke opgøres (ikke i udtrækket)';

/** An indicator's count as it reads: its cell, or why there is none. */
export function numeratorText(indicator: { numerator: PublishedCount | null }): string {
  return indicator.numerator === null ? unavailableText : cellText(indicator.numerator);
}

/** A share as Danish readers write it: `85,3 %`; a suppressed share is empty. */
export function shareText(share: number | null): string {
  return share === null ? '' : `${(share * 100).toFixed(1).replace('.', ',')} %`;
}

export function targetText(target: Target | null): string {
  return target === null ? '' : formatTarget(target);
}
