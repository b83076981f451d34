import { laterIsoDate } from '../calendar-dates';
import type { CarePlan } from '../care-plan';
import { formatCpr } from '../cpr';
import { stated, type PlanDraft } from './care-plan-rows';
import type { ImportNote } from './extract-result';

export interface MergedPlans {
  /** One plan per CPR, in CPR order: the order the database's keys are written in. */
  plans: CarePlan[];
  notes: ImportNote[];
}

/**
 * Merges rows that share a CPR, field by field, into one snapshot of the patient:
 * - a follow-up date (annual check, eye exam, foot exam) is the latest of the rows;
 * - HbA1c goes with its own date: the value from the row with the latest HbA1c date
 *   (a dated value beats an undated one), and that row's date with it;
 * - blood pressure is one measurement: systolic and diastolic come from the same row;
 * - every other field comes from the row with the latest annual check, else from the next row
 *   that has it (rows without an annual check last; on equal dates the later line first, as
 *   exports append newer entries). Sex, diabetes type and primary site count as "has it" only
 *   when the row stated them, not when they are the format's default.
 * Each merged row gets a note naming the line it was merged into. The rows are put in CPR order
 * first, so a CPR's rows lie side by side: no map of 100,000 CPRs, and no second sort to write them.
 */
export function mergeDuplicateCprs(drafts: readonly PlanDraft[]): MergedPlans {
  const { order, startsCpr } = orderByCpr(drafts);
  const plans: CarePlan[] = [];
  const notes: ImportNote[] = [];
  for (let at = 0; at < order.length; ) {
    const first = drafts[order[at]!]!;
    let end = at + 1;
    while (end < order.length && startsCpr[end] === 0) end++;
    if (end === at + 1) {
      plans.push(first.plan);
    } else {
      // In file order, as `orderByCpr` keeps rows with the same CPR.
      const group = Array.from(order.subarray(at, end), (index) => drafts[index]!);
      plans.push(mergeGroup(group));
      for (const duplicate of group.slice(1)) {
        notes.push({
          line: duplicate.line,
          reason: `CPR ${formatCpr(duplicate.plan.cpr)} står også i linje ${first.line}; rækkerne er lagt sammen felt for felt (seneste dato vinder)`,
        });
      }
    }
    at = end;
  }
  notes.sort((a, b) => a.line - b.line);
  return { plans, notes };
}

/** Positions a CPR key can carry beside the CPR itself in a double without losing a digit. */
const positionBits = 2 ** 19;

/** The drafts in CPR order: `order[i]` is a position in the drafts, `startsCpr[i]` 1 where a new CPR begins. */
export interface CprOrder {
  order: Uint32Array;
  startsCpr: Uint8Array;
}

/**
 * The drafts' positions in CPR order, rows with the same CPR in file order. A CPR is ten digits
 * (below 10^10, replacement numbers with day + 60 included), so CPR × 2^19 + position stays below
 * 2^53, an exact integer in a double, and one native numeric sort of those keys does what a
 * comparator sort of the objects did at a tenth of the cost. The sorted keys also tell where each
 * CPR's rows begin without going back to the drafts, which lie scattered in memory. Files of more
 * than 2^19 rows take the comparator.
 */
export function orderByCpr(drafts: readonly PlanDraft[]): CprOrder {
  const order = new Uint32Array(drafts.length);
  const startsCpr = new Uint8Array(drafts.length);
  if (drafts.length > positionBits) {
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => compareCprs(drafts[a]!.plan.cpr, drafts[b]!.plan.cpr) || a - b);
    for (let i = 0; i < order.length; i++) startsCpr[i] = i === 0 || drafts[order[i]!]!.plan.cpr !== drafts[order[i - 1]!]!.plan.cpr ? 1 : 0;
    return { order, startsCpr };
  }
  const keys = new Float64Array(drafts.length);
  for (let i = 0; i < keys.length; i++) keys[i] = Number(drafts[i]!.plan.cpr) * positionBits + i;
  keys.sort();
  let previousCpr = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const position = key % positionBits;
    const cpr = (key - position) / positionBits;
    order[i] = position;
    startsCpr[i] = cpr === previousCpr ? 0 : 1;
    previousCpr = cpr;
  }
  return { order, startsCpr };
}

function compareCprs(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type PlanKey = keyof CarePlan;

function mergeGroup(group: readonly PlanDraft[]): CarePlan {
  const byPriority = [...group].sort(
    (a, b) => compareDatesNullsLast(a.plan.annualCheck, b.plan.annualCheck) || b.line - a.line,
  );
  const [lead] = byPriority;
  if (lead === undefined) throw new RangeError('mergeGroup needs at least one row');
  const firstWith = <K extends PlanKey>(key: K): CarePlan[K] => {
    for (const draft of byPriority) if (draft.plan[key] !== null) return draft.plan[key];
    return lead.plan[key];
  };
  const firstStated = <K extends 'sex' | 'diabetesType' | 'primarySite'>(key: K): CarePlan[K] =>
    (byPriority.find((draft) => (draft.stated & stated[key]) !== 0) ?? lead).plan[key];
  const hba1cRow = [...byPriority].sort(
    (a, b) =>
      Number(b.plan.hba1c !== null) - Number(a.plan.hba1c !== null) ||
      compareDatesNullsLast(a.plan.hba1cDate, b.plan.hba1cDate),
  )[0];
  const bpRow = byPriority.find((draft) => draft.plan.bpSystolic !== null || draft.plan.bpDiastolic !== null);
  return {
    cpr: lead.plan.cpr,
    birthDate: lead.plan.birthDate,
    name: firstWith('name'),
    sex: firstStated('sex'),
    practice: firstWith('practice'),
    gp: firstWith('gp'),
    diabetesType: firstStated('diabetesType'),
    primarySite: firstStated('primarySite'),
    hba1c: hba1cRow?.plan.hba1c ?? null,
    hba1cDate: hba1cRow?.plan.hba1cDate ?? null,
    hba1cTarget: firstWith('hba1cTarget'),
    bpSystolic: bpRow?.plan.bpSystolic ?? null,
    bpDiastolic: bpRow?.plan.bpDiastolic ?? null,
    ualb: firstWith('ualb'),
    smoking: firstWith('smoking'),
    aceAt2: firstWith('aceAt2'),
    statin: firstWith('statin'),
    annualCheck: latest(group, 'annualCheck'),
    eyeExam: latest(group, 'eyeExam'),
    footExam: latest(group, 'footExam'),
    rehab: firstWith('rehab'),
    phone: firstWith('phone'),
  };
}

/** Sorts later dates first and missing dates last. */
function compareDatesNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function latest(group: readonly PlanDraft[], key: 'annualCheck' | 'eyeExam' | 'footExam'): string | null {
  return group.reduce<string | null>((result, draft) => laterIsoDate(result, draft.plan[key]), null);
}
