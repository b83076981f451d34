import { isHidden, shownValue } from '../../../../../shared/summary/disclosure-control';
import type { Disclosure } from '../../../../../shared/summary/disclosure-policy';
import type { Rule } from './reader';

/**
 * Weaker rules the reader must break, so that a reader that finds nothing is known to be able to
 * find something. Each is one step back from the product's rule.
 */

const wholeComponent =
  (hidden: (value: number, threshold: number) => boolean): Rule =>
  (values, disclosure: Disclosure, populationShown = true) =>
    !populationShown || values.some((value) => hidden(value, disclosure.threshold)) ? values.map(() => null) : values.map((value) => shownValue(value, disclosure));

/** No margin: only counts below the threshold (and zero) are hidden. */
export const noMargin = wholeComponent((value, threshold) => value < threshold);

/** Zero is shown: a zero next to a hidden component in the next release gives it away. */
export const zeroShown = wholeComponent((value, threshold) => value >= 1 && isHidden(value, threshold));

/**
 * The rule before version 3: small counts (1 to threshold − 1) hidden cell by cell, then the
 * smallest other part of the sum as well, ties broken by position.
 */
export const smallestOtherPart: Rule = (values, disclosure, populationShown = true) => {
  const small = (value: number) => value >= 1 && value < disclosure.threshold;
  if (!populationShown) return values.map(() => null);
  const hidden = values.map(small);
  if (hidden.some(Boolean) && hidden.filter(Boolean).length === 1) {
    const next = values
      .map((value, index) => ({ value, index }))
      .filter(({ value, index }) => !hidden[index] && value > 0)
      .sort((a, b) => a.value - b.value || a.index - b.index)[0];
    if (next) hidden[next.index] = true;
  }
  return values.map((value, index) => (hidden[index] ? null : shownValue(value, disclosure)));
};
