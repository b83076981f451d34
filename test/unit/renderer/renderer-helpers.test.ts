import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlaggedPatient } from '../../../shared/contract';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { formatCpr, formatDate } from '../../../renderer/src/display-format';
import { bytesToBase64, localIsoDate } from '../../../renderer/src/file-upload';
import { countByFlag, filterPatients, sortByName } from '../../../renderer/src/patient-filter';

function patient(cpr: string, name: string | null, flags: FlaggedPatient['flags']): FlaggedPatient {
  return { cpr, name, gp: null, flags, lastAnnualCheck: null, lastEyeExam: null, lastFootExam: null };
}

describe('index.html', () => {
  it("carries the app's Content-Security-Policy and no inline script or style", () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).toMatch(/<html lang="da">/);
  });
});

describe('display formats', () => {
  it('writes CPR numbers DDMMYY-SSSS and dates DD-MM-YYYY', () => {
    expect(formatCpr('0302341031')).toBe('030234-1031');
    expect(formatDate('2026-05-31')).toBe('31-05-2026');
  });
});

describe('file upload', () => {
  it('base64-encodes large files in chunks exactly as Node does', () => {
    const bytes = new Uint8Array(5_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([0xc6, 0xd8, 0xc5]))).toBe('xtjF');
  });

  it('takes the local calendar date of the modification time', () => {
    expect(localIsoDate(new Date(2026, 4, 31, 23, 59).getTime())).toBe('2026-05-31');
  });
});

describe('patient filter', () => {
  const patients = [
    patient('0302341031', 'Åse Jørgensen', ['eye_missing', 'foot_missing']),
    patient('2606619445', 'Birgitte Østergaard', ['foot_missing']),
    patient('1202982371', 'Anne Bæk', ['annual_overdue']),
    patient('6308403623', null, ['annual_overdue']),
  ];

  it('sorts by name in Danish order with unnamed patients last', () => {
    expect(sortByName(patients).map((p) => p.cpr)).toEqual(['1202982371', '2606619445', '0302341031', '6308403623']);
  });

  it('counts each flag', () => {
    expect(countByFlag(patients)).toEqual({ all: 4, annual_overdue: 2, eye_missing: 1, foot_missing: 2 });
  });

  it('filters by flag, by name ignoring case, and by CPR with or without the dash', () => {
    expect(filterPatients(patients, 'foot_missing', '').map((p) => p.cpr)).toEqual(['0302341031', '2606619445']);
    expect(filterPatients(patients, 'all', 'østER').map((p) => p.cpr)).toEqual(['2606619445']);
    expect(filterPatients(patients, 'all', '030234-1031').map((p) => p.cpr)).toEqual(['0302341031']);
    expect(filterPatients(patients, 'annual_overdue', '6308').map((p) => p.cpr)).toEqual(['6308403623']);
    expect(filterPatients(patients, 'eye_missing', 'Anne')).toEqual([]);
  });
});
