import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CarePlan } from '../../../shared/care-plan';
import { defaultPlan, type PlanDraft } from '../../../shared/import/care-plan-rows';
import { mergeDuplicateCprs, orderByCpr } from '../../../shared/import/duplicate-cprs';

function draft(cpr: string, line: number, fields: Partial<CarePlan> = {}): PlanDraft {
  return { plan: { ...defaultPlan(cpr, '1990-01-01', 'M'), ...fields }, line, stated: 0 };
}

/** Where each CPR's rows begin in an order: 1 at its first row, 0 at the others. */
function cprStarts(drafts: readonly PlanDraft[], order: readonly number[]): number[] {
  return order.map((position, at) => (at === 0 || drafts[position]!.plan.cpr !== drafts[order[at - 1]!]!.plan.cpr ? 1 : 0));
}

/** The order the packed keys must give: by CPR as text, then by position in the file. */
function comparatorOrder(drafts: readonly PlanDraft[]): number[] {
  return drafts
    .map((_, index) => index)
    .sort((a, b) => (drafts[a]!.plan.cpr < drafts[b]!.plan.cpr ? -1 : drafts[a]!.plan.cpr > drafts[b]!.plan.cpr ? 1 : a - b));
}

// Ten digits with the CPR's own extremes: leading zeros and the largest day of a replacement number, 91.
const cprArbitrary = fc.oneof(
  fc.stringMatching(/^[0-9]\d[01]\d{7}$/),
  fc.constantFrom('0101000000', '9112999999', '0101000001', '9112999998', '9999999999'),
);

describe('orderByCpr', () => {
  it('orders by CPR and keeps rows with the same CPR in file order, as a comparator sort does', () => {
    fc.assert(
      fc.property(fc.array(cprArbitrary, { maxLength: 300 }), fc.array(fc.nat(299)), (cprs, repeats) => {
        // Repeated CPRs are common in real files: copy some of them to later positions.
        const all = [...cprs, ...repeats.flatMap((at) => (cprs[at] === undefined ? [] : [cprs[at]]))];
        const drafts = all.map((cpr, line) => draft(cpr, line + 2));
        const { order, startsCpr } = orderByCpr(drafts);
        const expected = comparatorOrder(drafts);
        expect(Array.from(order)).toEqual(expected);
        expect(Array.from(startsCpr)).toEqual(cprStarts(drafts, expected));
      }),
    );
  });

  it('takes the comparator when the positions no longer fit beside the CPR (over 2^19 rows)', () => {
    const count = 2 ** 19 + 3;
    const drafts = Array.from({ length: count }, (_, i) => draft(String(9112999999 - (i % 1000)), i + 2));
    const { order, startsCpr } = orderByCpr(drafts);
    expect(order.length).toBe(count);
    expect(startsCpr.reduce((sum, starts) => sum + starts, 0)).toBe(1000);
    // 9112999000 comes first, from rows 999, 1999, ...: 524 of them.
    expect([startsCpr[0], startsCpr[1], startsCpr[523], startsCpr[524], startsCpr[525]]).toEqual([1, 0, 0, 1, 0]);
    expect(drafts[order[0]!]!.plan.cpr).toBe('9112999000');
    expect(order[0]).toBe(999);
    expect(order[1]).toBe(1999);
    expect(drafts[order[count - 1]!]!.plan.cpr).toBe('9112999999');
  });
});

describe('mergeDuplicateCprs', () => {
  it('gives one plan per CPR in CPR order, the merged rows noted against the first line', () => {
    const merged = mergeDuplicateCprs([
      draft('3112999999', 2, { annualCheck: '2025-01-01', name: 'Sidst' }),
      draft('0101000000', 3),
      draft('3112999999', 4, { annualCheck: '2026-01-01', eyeExam: '2024-05-05' }),
      draft('1505801234', 5),
      draft('3112999999', 6, { footExam: '2023-03-03' }),
    ]);
    expect(merged.plans.map((plan) => plan.cpr)).toEqual(['0101000000', '1505801234', '3112999999']);
    expect(merged.plans[2]).toMatchObject({ name: 'Sidst', annualCheck: '2026-01-01', eyeExam: '2024-05-05', footExam: '2023-03-03' });
    expect(merged.notes.map((note) => note.line)).toEqual([4, 6]);
    expect(merged.notes[0]?.reason).toContain('står også i linje 2');
  });
});
