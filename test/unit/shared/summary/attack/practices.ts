import { breakdownKeys } from '../../../../../shared/summary/breakdowns';
import type { RawSummaryTable } from '../../../../../shared/summary/compute-indicators';
import { indicatorIds, type IndicatorId } from '../../../../../shared/summary/indicator-definitions';

/**
 * Synthetic practices for the attacker: patients with a sex, an age band, an HbA1c band and an
 * outcome per indicator, drawn from seeded randomness so a failure can be replayed. "Realistic"
 * follows Danish type 2 populations roughly; "skewed" pushes every share towards 0 or 1 and
 * empties groups, which is where small counts live.
 */

export type Random = () => number;

/** mulberry32: small, fast, and the same numbers on every machine. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimPatient {
  type1: boolean;
  sex: 0 | 1;
  age: number;
  hba1c: number;
  hits: Partial<Record<IndicatorId, boolean>>;
}

export interface PracticeProfile {
  male: number;
  age: number[];
  hba1c: number[];
  rates: Partial<Record<IndicatorId, number>>;
  type1: number;
}

const independent = indicatorIds.filter((id) => id !== 'hba1c_below_59' && id !== 'hba1c_75_or_above');

function pick(weights: readonly number[], random: Random): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

export function profile(kind: 'realistic' | 'skewed', random: Random): PracticeProfile {
  if (kind === 'realistic') {
    return {
      male: 0.5 + (random() - 0.5) * 0.2,
      age: [0.03 + random() * 0.05, 0.25 + random() * 0.1, 0.38 + random() * 0.1, 0.2 + random() * 0.1],
      hba1c: [0.5 + random() * 0.15, 0.25 + random() * 0.1, 0.08 + random() * 0.06, 0.03 + random() * 0.08],
      rates: Object.fromEntries(independent.map((id) => [id, 0.45 + random() * 0.5])),
      type1: random() * 0.12,
    };
  }
  const extreme = () => (random() < 0.5 ? random() * 0.08 : 1 - random() * 0.08);
  const weights = (n: number) => Array.from({ length: n }, () => (random() < 0.4 ? random() * 0.03 : random()));
  return { male: extreme(), age: weights(4), hba1c: weights(4), rates: Object.fromEntries(independent.map((id) => [id, extreme()])), type1: random() * 0.3 };
}

export function patient(p: PracticeProfile, random: Random, type1 = random() < p.type1): SimPatient {
  return {
    type1,
    sex: random() < p.male ? 0 : 1,
    age: pick(p.age, random),
    hba1c: pick(p.hba1c, random),
    hits: Object.fromEntries(independent.map((id) => [id, random() < (p.rates[id] as number)])),
  };
}

export function practice(size: number, p: PracticeProfile, random: Random): SimPatient[] {
  const type2 = Array.from({ length: size }, () => patient(p, random, false));
  const type1 = Array.from({ length: Math.round(size * p.type1) }, () => patient(p, random, true));
  return [...type2, ...type1];
}

/** The exact counts, as `computeSummaryTable` would make them from these patients. */
export function tableOf(patients: readonly SimPatient[]): RawSummaryTable {
  const zero = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;
  const sex = zero(breakdownKeys.sex);
  const ageBand = zero(breakdownKeys.ageBand);
  const hba1cBand = zero(breakdownKeys.hba1cBand);
  const indicators = Object.fromEntries(indicatorIds.map((id) => [id, 0])) as Record<IndicatorId, number>;
  let population = 0;
  let type1 = 0;
  for (const one of patients) {
    if (one.type1) {
      type1++;
      continue;
    }
    population++;
    const bump = (counts: Record<string, number>, key: string | undefined) => {
      counts[key as string] = (counts[key as string] ?? 0) + 1;
    };
    bump(sex, breakdownKeys.sex[one.sex]);
    bump(ageBand, breakdownKeys.ageBand[one.age]);
    bump(hba1cBand, breakdownKeys.hba1cBand[one.hba1c]);
    for (const id of independent) if (one.hits[id]) indicators[id]++;
    if (one.hba1c === 0) indicators.hba1c_below_59++;
    if (one.hba1c === 2) indicators.hba1c_75_or_above++;
  }
  return { population, type1, indicators, breakdowns: { sex, ageBand, hba1cBand } as RawSummaryTable['breakdowns'] };
}

/** One patient apart: one joins, one leaves, or one changes one thing (a check done, an HbA1c band, a birthday). */
export function onePatientApart(patients: readonly SimPatient[], p: PracticeProfile, random: Random): { next: SimPatient[]; changed: number } {
  const next = patients.map((one) => ({ ...one, hits: { ...one.hits } }));
  const type2 = next.filter((one) => !one.type1);
  const roll = random();
  if (roll < 0.35 || type2.length === 0) next.push(patient(p, random, false));
  else if (roll < 0.7) next.splice(next.indexOf(type2[Math.floor(random() * type2.length)] as SimPatient), 1);
  else changeOne(type2[Math.floor(random() * type2.length)] as SimPatient, random);
  return { next, changed: 1 };
}

function changeOne(one: SimPatient, random: Random): void {
  const roll = random();
  if (roll < 0.6) {
    const id = independent[Math.floor(random() * independent.length)] as IndicatorId;
    one.hits[id] = !one.hits[id];
  } else if (roll < 0.9) one.hba1c = (one.hba1c + (random() < 0.5 ? 1 : 3)) % 4;
  else one.age = Math.min(3, one.age + 1);
}

/** A month: a few leave and join, checks are done and lapse, HbA1c moves, birthdays move age bands. */
export function oneMonthApart(patients: readonly SimPatient[], p: PracticeProfile, random: Random): { next: SimPatient[]; changed: number } {
  let changed = 0;
  const next: SimPatient[] = [];
  for (const one of patients) {
    if (random() < 0.01) {
      changed++;
      continue;
    }
    const copy = { ...one, hits: { ...one.hits } };
    let touched = false;
    for (const id of independent) {
      if (random() < 0.02) {
        copy.hits[id] = !copy.hits[id];
        touched = true;
      }
    }
    if (random() < 0.03) {
      copy.hba1c = (copy.hba1c + 1 + Math.floor(random() * 3)) % 4;
      touched = true;
    }
    if (random() < 0.005 && copy.age < 3) {
      copy.age++;
      touched = true;
    }
    if (touched) changed++;
    next.push(copy);
  }
  const joining = Math.floor(random() * (1 + patients.length * 0.03));
  for (let i = 0; i < joining; i++) next.push(patient(p, random, random() < p.type1));
  return { next, changed: changed + joining };
}
