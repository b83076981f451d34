import { laterIsoDate } from '../calendar-dates';
import { formatCpr } from '../cpr';
import type { PlanDraft } from './care-plan-rows';
import type { ImportNote } from './extract-result';

export interface MergedDrafts {
  /** One draft per CPR, in the order each CPR first appears. */
  drafts: PlanDraft[];
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
 *   exports append newer entries).
 * Each merged row gets a note naming the line it was merged into.
 */
export function mergeDuplicateCprs(drafts: readonly PlanDraft[]): MergedDrafts {
  const byCpr = new Map<string, PlanDraft[]>();
  for (const draft of drafts) {
    const group = byCpr.get(draft.cpr);
    if (group === undefined) byCpr.set(draft.cpr, [draft]);
    else group.push(draft);
  }
  const merged: PlanDraft[] = [];
  const notes: ImportNote[] = [];
  for (const group of byCpr.values()) {
    const first = group[0];
    if (first === undefined) continue;
    if (group.length === 1) {
      merged.push(first);
      continue;
    }
    merged.push(mergeGroup(group));
    for (const duplicate of group.slice(1)) {
      notes.push({
        line: duplicate.line,
        reason: `CPR ${formatCpr(duplicate.cpr)} står også i linje ${first.line}; rækkerne er lagt sammen felt for felt (seneste dato vinder)`,
      });
    }
  }
  return { drafts: merged, notes };
}

function mergeGroup(group: readonly PlanDraft[]): PlanDraft {
  const byPriority = [...group].sort(
    (a, b) => compareDatesNullsLast(a.annualCheck, b.annualCheck) || b.line - a.line,
  );
  const [first] = group;
  const [lead] = byPriority;
  if (first === undefined || lead === undefined) throw new RangeError('mergeGroup needs at least one row');
  const firstWith = <K extends keyof PlanDraft>(key: K): PlanDraft[K] => {
    for (const draft of byPriority) if (draft[key] !== null) return draft[key];
    return lead[key];
  };
  const hba1cRow = [...byPriority].sort(
    (a, b) => Number(b.hba1c !== null) - Number(a.hba1c !== null) || compareDatesNullsLast(a.hba1cDate, b.hba1cDate),
  )[0];
  const bpRow = byPriority.find((draft) => draft.bpSystolic !== null || draft.bpDiastolic !== null);
  return {
    line: first.line,
    cpr: lead.cpr,
    birthDate: lead.birthDate,
    cprSex: lead.cprSex,
    name: firstWith('name'),
    sex: firstWith('sex'),
    practice: firstWith('practice'),
    gp: firstWith('gp'),
    diabetesType: firstWith('diabetesType'),
    primarySite: firstWith('primarySite'),
    hba1c: hba1cRow?.hba1c ?? null,
    hba1cDate: hba1cRow?.hba1cDate ?? null,
    hba1cTarget: firstWith('hba1cTarget'),
    bpSystolic: bpRow?.bpSystolic ?? null,
    bpDiastolic: bpRow?.bpDiastolic ?? null,
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
  return group.reduce<string | null>((result, draft) => laterIsoDate(result, draft[key]), null);
}
