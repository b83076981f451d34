import type { IsoDate } from '../care-plan';
import { formatDanishDate } from '../calendar-dates';
import { canonicalJson } from './canonical-json';
import { disclosurePolicyNames, type DisclosurePolicy } from './disclosure-policy';
import type { PracticeSummary } from './summary-schema';

/**
 * The practice's memory of what it released. Each release on its own hides every small count;
 * two releases together can still give one away: two different tables of the same extract, a
 * lower threshold on a later date, or a date chosen to make a cell flip. These rules are applied
 * to a new release, given the earlier ones, before its file is written.
 */

/** What a summary publishes about the patients: the cells exactly as written. */
export type ReleasedCells = Pick<PracticeSummary, 'population' | 'type1' | 'indicators' | 'breakdowns'>;

export interface Release {
  asOf: IsoDate;
  policy: DisclosurePolicy;
  threshold: number;
  cells: ReleasedCells;
}

export type ReleaseRefusal = 'summary.asOfNotExtract' | 'summary.releaseDiffers' | 'summary.thresholdLowered';
export type ReleaseVerdict = { ok: true } | { ok: false; code: ReleaseRefusal; message: string };

export function releasedCells(summary: ReleasedCells): ReleasedCells {
  return { population: summary.population, type1: summary.type1, indicators: summary.indicators, breakdowns: summary.breakdowns };
}

/**
 * The cells as compared: an indicator's target is the practice's goal, not a count of patients,
 * so a changed target alone does not make two releases of one extract tell different things.
 */
function comparable(cells: ReleasedCells): string {
  const indicators = (cells.indicators as readonly Record<string, unknown>[]).map(({ target: _target, ...rest }) => rest);
  return canonicalJson({ ...cells, indicators });
}

function dateList(dates: readonly IsoDate[]): string {
  return [...new Set(dates)].sort().map(formatDanishDate).join(', ');
}

/**
 * A summary is as of the date of an imported extract, and of nothing else: with a free date,
 * stepping it a day at a time shows on which day a cell flips, which dates a patient's birth
 * or last check exactly.
 */
export function checkAsOf(extractDates: readonly IsoDate[], asOf: IsoDate): ReleaseVerdict {
  if (extractDates.includes(asOf)) return { ok: true };
  return {
    ok: false,
    code: 'summary.asOfNotExtract',
    message: `Opgørelsen kan kun laves pr. datoen for et indlæst udtræk: ${dateList(extractDates)}. ${formatDanishDate(asOf)} er ikke en af dem.`,
  };
}

function settingsText(release: Pick<Release, 'policy' | 'threshold'>): string {
  return `grænsen ${release.threshold} og metoden »${disclosurePolicyNames[release.policy]}«`;
}

/**
 * (a) A second release of a date already released publishes the same cells under the same
 * policy and threshold as the first: two different tables of one extract give away more than
 * either. (b) The threshold never goes below one used before: the network may raise it, never
 * lower it. A different policy on another date is allowed.
 */
export function checkRelease(earlier: readonly Release[], next: Release): ReleaseVerdict {
  const sameDate = earlier.find((release) => release.asOf === next.asOf);
  const date = formatDanishDate(next.asOf);
  if (sameDate && (sameDate.policy !== next.policy || sameDate.threshold !== next.threshold)) {
    return {
      ok: false,
      code: 'summary.releaseDiffers',
      message:
        `Opgørelsen pr. ${date} er allerede sendt med ${settingsText(sameDate)}. En ny opgørelse pr. samme dato skal laves ` +
        `med de samme indstillinger (nu: ${settingsText(next)}): to forskellige opgørelser af ét udtræk afslører tilsammen mere end hver for sig.`,
    };
  }
  if (sameDate && comparable(sameDate.cells) !== comparable(next.cells)) {
    return {
      ok: false,
      code: 'summary.releaseDiffers',
      message:
        `Opgørelsen pr. ${date} er allerede sendt, og tallene ville nu blive andre (fx fordi kontrolintervallerne er ændret). ` +
        'En ny opgørelse pr. samme dato skal vise præcis de samme tal: to forskellige opgørelser af ét udtræk afslører tilsammen mere end hver for sig.',
    };
  }
  const highest = Math.max(0, ...earlier.map((release) => release.threshold));
  if (next.threshold < highest) {
    return {
      ok: false,
      code: 'summary.thresholdLowered',
      message:
        `Praksis har tidligere sendt opgørelser med grænsen ${highest} for små tal; denne har grænsen ${next.threshold}. ` +
        `Netværket kan hæve grænsen, men ikke sænke den: sæt grænsen til mindst ${highest}.`,
    };
  }
  return { ok: true };
}
