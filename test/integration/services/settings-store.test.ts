import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { outputSettingsKind } from '../../../core/services/output-settings-service';
import { dataSettingsKind } from '../../../core/services/privacy-settings';
import { recallSettingsKind } from '../../../core/services/recall-settings-service';
import { followUpWindowsKind } from '../../../core/services/settings-service';
import { readSettings, updateSettings, type SettingsKind } from '../../../core/services/settings-store';
import { summarySettingsKind } from '../../../core/services/summary-settings-service';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { defaultOutputSettings } from '../../../shared/outputs/output-settings';
import { defaultDataSettings } from '../../../shared/privacy-settings';
import { defaultRecallSettings } from '../../../shared/recall-settings';
import { defaultSummarySettings } from '../../../shared/summary/indicator-definitions';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

interface Warning {
  event: string;
  details: Record<string, unknown> | undefined;
}

function open(path: string, warnings: Warning[] = []): AppContext {
  return openAppContext(path, {
    now: () => new Date('2026-11-23T09:00:00Z'),
    actor: 'AB',
    log: { warn: (event, details) => warnings.push({ event, details }) },
  });
}

// Version 1 of a setting, and version 2 that adds a field (strict, as dataSettings is).
const version1Schema = z.object({ windowMonths: z.number().int().min(1).max(120), label: z.string().max(20) }).strict();
const version2Schema = version1Schema.extend({ remindDays: z.number().int().min(0).max(90) }).strict();
const version1: SettingsKind<z.infer<typeof version1Schema>> = {
  key: 'testSetting',
  schema: version1Schema,
  defaults: { windowMonths: 15, label: '' },
  auditAction: 'settings.test',
};
const version2: SettingsKind<z.infer<typeof version2Schema>> = {
  key: 'testSetting',
  schema: version2Schema,
  defaults: { windowMonths: 15, label: '', remindDays: 14 },
  auditAction: 'settings.test',
};

describe('the settings store', () => {
  it('keeps a value saved by an older version when a field is added, and gives the new field its default', () => {
    const path = join(tempDir(), 'upgrade.sqlite');
    const before = open(path);
    updateSettings(before, version1, { windowMonths: 18, label: 'Sydhavnen' });
    before.db.close();

    const warnings: Warning[] = [];
    const after = open(path, warnings);
    expect(after.queries.getSetting('testSetting')).toBe('{"windowMonths":18,"label":"Sydhavnen"}');
    expect(readSettings(after, version2)).toEqual({ windowMonths: 18, label: 'Sydhavnen', remindDays: 14 });
    expect(updateSettings(after, version2, { remindDays: 7 })).toEqual({ windowMonths: 18, label: 'Sydhavnen', remindDays: 7 });
    expect(warnings).toEqual([]);
    after.db.close();
  });

  it('keeps the readable fields of a value it cannot read whole, and says so in the log', () => {
    const warnings: Warning[] = [];
    const ctx = open(join(tempDir(), 'damaged.sqlite'), warnings);
    ctx.queries.putSetting('testSetting', JSON.stringify({ windowMonths: 500, label: 'Sydhavnen', dropped: true }));
    expect(readSettings(ctx, version2)).toEqual({ windowMonths: 15, label: 'Sydhavnen', remindDays: 14 });
    expect(warnings).toEqual([{ event: 'settings.partlyKept', details: { key: 'testSetting', problems: ['windowMonths', ''] } }]);
    ctx.db.close();
  });

  it('falls back to the defaults, with a warning, when the saved value is not JSON', () => {
    const warnings: Warning[] = [];
    const ctx = open(join(tempDir(), 'garbled.sqlite'), warnings);
    ctx.queries.putSetting('testSetting', '{"windowMonths": 18,');
    expect(readSettings(ctx, version2)).toEqual(version2.defaults);
    expect(warnings.map((warning) => warning.event)).toEqual(['settings.unreadable']);
    ctx.db.close();
  });

  it('saves nothing, not even the audit line, when a change is refused', () => {
    const ctx = open(join(tempDir(), 'refused.sqlite'));
    expect(() => updateSettings(ctx, version2, { remindDays: -1 })).toThrow();
    expect(ctx.queries.getSetting('testSetting')).toBeUndefined();
    const audited = () => ctx.queries.listAudit().filter((row) => row.action === 'settings.test').map((row) => row.details);
    expect(audited()).toEqual([]);
    updateSettings(ctx, version2, { remindDays: 30 });
    expect(audited()).toEqual(['{"windowMonths":15,"label":"","remindDays":30}']);
    ctx.db.close();
  });
});

/** Each real kind with a value saved without some of its fields, as a version before them would have. */
const partials: { kind: SettingsKind<unknown>; saved: Record<string, unknown>; expected: unknown }[] = [
  {
    kind: followUpWindowsKind as SettingsKind<unknown>,
    saved: { annualCheckMonths: 12 },
    expected: { ...defaultFollowUpWindows, annualCheckMonths: 12 },
  },
  {
    kind: recallSettingsKind as SettingsKind<unknown>,
    saved: { snoozeDays: 45, initials: 'AB' },
    expected: { ...defaultRecallSettings, snoozeDays: 45, initials: 'AB' },
  },
  {
    kind: dataSettingsKind as SettingsKind<unknown>,
    saved: { backupsToKeep: 3 },
    expected: { ...defaultDataSettings, backupsToKeep: 3 },
  },
  {
    kind: outputSettingsKind as SettingsKind<unknown>,
    saved: { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' },
    expected: { ...defaultOutputSettings, practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' },
  },
  {
    kind: summarySettingsKind as SettingsKind<unknown>,
    saved: { threshold: 7, targets: { foot_exam: { comparator: '>=', percent: 80 }, annual_check: { comparator: '>', percent: 70 } } },
    expected: {
      threshold: 7,
      policy: 'suppress',
      targets: { ...defaultSummarySettings.targets, foot_exam: { comparator: '>=', percent: 80 }, annual_check: { comparator: '>', percent: 70 } },
    },
  },
];

describe.each(partials)('the $kind.key setting', ({ kind, saved, expected }) => {
  it('keeps the fields a partial saved value has, and takes the rest from the defaults', () => {
    const path = join(tempDir(), `${kind.key}.sqlite`);
    const first = open(path);
    first.queries.putSetting(kind.key, JSON.stringify(saved));
    first.db.close();

    const warnings: Warning[] = [];
    const ctx = open(path, warnings);
    expect(readSettings(ctx, kind)).toEqual(expected);
    expect(warnings).toEqual([]);
    ctx.db.close();
  });
});
