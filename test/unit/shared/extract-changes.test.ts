import { describe, expect, it } from 'vitest';
import { extractChanges, type ChangeExtract, type ChangePlan } from '../../../shared/extract-changes';
import { everyField, valueFields, type ValueField } from '../../../shared/extract-columns';

function plan(extra: Partial<ChangePlan> = {}): ChangePlan {
  return { name: 'Åse', phone: '20304050', gp: 'LK', primarySite: 'general_practice', hba1c: 50, hba1cTarget: null, rehab: null, ...extra };
}

function extract(extractDate: string, plans: Record<string, ChangePlan>, lacking: ValueField[] = []): ChangeExtract {
  const carried = lacking.length === 0 ? everyField : new Set(valueFields.filter((field) => !lacking.includes(field)));
  return { extractDate, carried, plans: new Map(Object.entries(plans)) };
}

const rows = (lists: ReturnType<typeof extractChanges>, list: keyof ReturnType<typeof extractChanges>) => lists[list].rows.map((row) => row.cpr);

describe('what changed between the two latest extracts', () => {
  const before = extract('2026-05-31', {
    '6101504011': plan({ primarySite: 'hospital' }),
    '6201504021': plan({ hba1c: 52 }),
    '6301504031': plan({ hba1c: 60 }),
    '6401504041': plan(),
    '6501504051': plan(),
  });
  const latest = extract('2026-11-30', {
    '6101504011': plan(),
    // Up by 6 and above 53: rising.
    '6201504021': plan({ hba1c: 58 }),
    // Up by 4: not enough.
    '6301504031': plan({ hba1c: 64 }),
    '6501504051': plan(),
    '6701504071': plan({ rehab: true }),
    '6601504061': plan(),
    '6801504081': plan({ primarySite: 'hospital' }),
  });

  it('finds those back from the hospital clinic, new in the register and gone from the latest extract', () => {
    const lists = extractChanges(latest, before, new Set());
    expect(rows(lists, 'back_from_hospital')).toEqual(['6101504011']);
    // New hospital patients are the hospital's: not offered a first annual check here.
    expect(rows(lists, 'new_in_register')).toEqual(['6601504061', '6701504071']);
    expect(lists.new_in_register.rows.map((row) => row.offerRehab)).toEqual([true, false]);
    expect(rows(lists, 'not_in_latest')).toEqual(['6401504041']);
  });

  it('finds HbA1c up by at least 5 and above the target, the patient\'s own target first', () => {
    const lists = extractChanges(latest, before, new Set());
    expect(lists.hba1c_rising.rows).toEqual([expect.objectContaining({ cpr: '6201504021', hba1c: { before: 52, latest: 58, target: 53 } })]);
    const ownTarget = extract('2026-11-30', { '6201504021': plan({ hba1c: 58, hba1cTarget: 58 }) });
    expect(extractChanges(ownTarget, before, new Set()).hba1c_rising.rows).toEqual([]);
    const exactlyFive = extract('2026-11-30', { '6201504021': plan({ hba1c: 57 }) });
    expect(rows(extractChanges(exactlyFive, before, new Set()), 'hba1c_rising')).toEqual(['6201504021']);
  });

  it('leaves a patient confirmed as moved or dead off Ikke med i seneste udtræk', () => {
    expect(extractChanges(latest, before, new Set(['6401504041'])).not_in_latest.rows).toEqual([]);
  });

  it('says a list cannot be made when either extract lacks its column, and when there is one extract only', () => {
    const withoutHba1c = extract('2026-05-31', {}, ['hba1c']);
    const lists = extractChanges(latest, withoutHba1c, new Set());
    expect(lists.hba1c_rising).toEqual({ state: 'unknown', absentFields: ['hba1c'], rows: [] });
    expect(lists.new_in_register.state).toBe('ready');
    expect(extractChanges(extract('2026-11-30', {}, ['primary_site']), before, new Set()).back_from_hospital.state).toBe('unknown');
    expect(extractChanges(latest, null, new Set()).not_in_latest.state).toBe('no_previous');
  });
});
