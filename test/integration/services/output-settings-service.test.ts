import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { getOutputSettings, updateOutputSettings } from '../../../core/services/output-settings-service';
import { defaultOutputSettings } from '../../../shared/outputs/output-settings';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function context() {
  return openAppContext(join(tempDir(), 'settings.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'AB' });
}

describe('output settings', () => {
  it('start from the Danish default templates and an empty practice', () => {
    const ctx = context();
    expect(getOutputSettings(ctx)).toEqual(defaultOutputSettings);
    ctx.db.close();
  });

  it('keep a change across restarts, trimmed, with who changed them in the audit log', () => {
    const path = join(tempDir(), 'keep.sqlite');
    const ctx = openAppContext(path, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'AB' });
    updateOutputSettings(ctx, { practiceName: '  Lægerne i Sydhavnen ', smsTemplate: 'Hej {{navn}}' });
    ctx.db.close();
    const again = openAppContext(path, { now: () => new Date('2026-11-23T09:00:00Z') });
    expect(getOutputSettings(again)).toEqual({ ...defaultOutputSettings, practiceName: 'Lægerne i Sydhavnen', smsTemplate: 'Hej {{navn}}' });
    expect(again.queries.listAudit()).toEqual([
      expect.objectContaining({ actor: 'AB', action: 'settings.outputs', at: '2026-11-23T09:00:00.000Z' }),
    ]);
    again.db.close();
  });

  it('refuse a template with problems whole, saving nothing', () => {
    const ctx = context();
    updateOutputSettings(ctx, { practicePhone: '33 12 34 56' });
    expect(() => updateOutputSettings(ctx, { practiceName: 'Ny', smsTemplate: 'Hej {{navn}' })).toThrow(/^SMS-skabelonen: .*uden sin modpart/);
    expect(getOutputSettings(ctx)).toEqual({ ...defaultOutputSettings, practicePhone: '33 12 34 56' });
    expect(ctx.queries.listAudit()).toHaveLength(1);
    ctx.db.close();
  });
});
