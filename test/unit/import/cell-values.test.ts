import { describe, expect, it } from 'vitest';
import {
  dateCellContext,
  dcctToIfcc,
  parseBloodPressure,
  parseDateCell,
  parseDecimal,
  parseDiagnosis,
  parseDiastolic,
  parseHba1c,
  parseHba1cTarget,
  parsePrimarySite,
  parseSex,
  parseSmoking,
  parseSystolic,
  parseText,
  parseUalb,
  parseYesNo,
  type CellParse,
} from '../../../shared/import/cell-values';

function value<T>(parsed: CellParse<T>): T | null | 'problem' {
  return parsed.ok ? parsed.value : 'problem';
}

function reason<T>(parsed: CellParse<T>): string {
  return parsed.ok ? '' : parsed.reason;
}

describe('yes/no', () => {
  it.each(['Ja', 'ja', 'JA', 'J', 'j', '1', 'x', 'X', ' Ja '])('%j is yes', (raw) => {
    expect(value(parseYesNo(raw))).toBe(true);
  });
  it.each(['Nej', 'nej', 'NEJ', 'N', 'n', '0', 'nEj'])('%j is no', (raw) => {
    expect(value(parseYesNo(raw))).toBe(false);
  });
  it('empty is not registered (the reader makes it no in a column of ticks)', () => {
    expect(value(parseYesNo(''))).toBeNull();
    expect(value(parseYesNo('  '))).toBeNull();
  });
  it.each(['måske', '2', 'yes', 'ja tak'])('%j is a problem', (raw) => {
    expect(reason(parseYesNo(raw))).toContain('hverken ja eller nej');
  });
  it('shares one frozen result among all cells that say the same yes/no or whole number', () => {
    expect(parseYesNo('Ja')).toBe(parseYesNo('1'));
    expect(Object.isFrozen(parseYesNo('Nej'))).toBe(true);
    expect(parseHba1c('53')).toBe(parseHba1cTarget('53'));
    expect(Object.isFrozen(parseHba1c('53'))).toBe(true);
    // A decimal is its own result.
    expect(value(parseHba1c('53,5'))).toBe(53.5);
  });
  it('smoking: Ukendt and empty are not registered', () => {
    expect(value(parseSmoking('Ukendt'))).toBeNull();
    expect(value(parseSmoking('UKENDT'))).toBeNull();
    expect(value(parseSmoking(''))).toBeNull();
    expect(value(parseSmoking('Ja'))).toBe(true);
    expect(value(parseSmoking('nej'))).toBe(false);
    expect(value(parseSmoking('Tidligere'))).toBe('problem');
  });
});

describe('sex, diagnosis, primary site, text', () => {
  it('sex', () => {
    expect(['M', 'm', 'Mand', 'MAND', 'K', 'k', 'Kvinde', 'kvinde'].map((raw) => value(parseSex(raw)))).toEqual([
      'M',
      'M',
      'M',
      'M',
      'K',
      'K',
      'K',
      'K',
    ]);
    expect(value(parseSex(''))).toBeNull();
    expect(value(parseSex('F'))).toBe('problem');
  });

  it.each([
    ['T90', 2],
    ['t90', 2],
    ['DE11', 2],
    ['DE11.9', 2],
    ['DE119', 2],
    ['Type 2-diabetes', 2],
    ['type 2 diabetes', 2],
    ['Type 2-diabetes mellitus', 2],
    ['T89', 1],
    ['DE10', 1],
    ['DE10.9', 1],
    ['Type 1-diabetes', 1],
  ])('diagnosis %j is type %i', (raw, type) => {
    expect(value(parseDiagnosis(raw))).toBe(type);
  });

  it('diagnosis: empty is missing (type 2 later), unknown is a problem', () => {
    expect(value(parseDiagnosis(''))).toBeNull();
    expect(reason(parseDiagnosis('DE13'))).toContain('ikke en kendt diabetesdiagnose');
  });

  it.each([
    ['Almen praksis', 'general_practice'],
    ['almen  praksis', 'general_practice'],
    ['Praksis', 'general_practice'],
    ['AP', 'general_practice'],
    ['ap', 'general_practice'],
    ['Hospital', 'hospital'],
    ['Sygehus', 'hospital'],
    ['Ambulatorium', 'hospital'],
    ['Diabetesambulatoriet, Hvidovre Hospital', 'hospital'],
  ])('primary site %j is %s', (raw, site) => {
    expect(value(parsePrimarySite(raw))).toBe(site);
  });

  it('primary site: empty is missing, unknown is a problem', () => {
    expect(value(parsePrimarySite(''))).toBeNull();
    expect(value(parsePrimarySite('Kommunen'))).toBe('problem');
  });

  it('text is trimmed; empty text is missing', () => {
    expect(parseText('  Åse Jørgensen ')).toBe('Åse Jørgensen');
    expect(parseText('   ')).toBeNull();
  });
});

describe('numbers', () => {
  it('decimals with comma or point, no thousands separators', () => {
    expect(parseDecimal('48')).toBe(48);
    expect(parseDecimal('7,2')).toBe(7.2);
    expect(parseDecimal('7.2')).toBe(7.2);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('1.234,5')).toBeNull();
    expect(parseDecimal('12a')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1234567890123')).toBe(1234567890123);
  });

  it('HbA1c in mmol/mol, 20-200', () => {
    expect(value(parseHba1c('48'))).toBe(48);
    expect(value(parseHba1c('20'))).toBe(20);
    expect(value(parseHba1c('200'))).toBe(200);
    expect(value(parseHba1c('52 mmol/mol'))).toBe(52);
    expect(value(parseHba1c('48,5'))).toBe(48.5);
    expect(value(parseHba1c(''))).toBeNull();
    expect(reason(parseHba1c('201'))).toContain('over 200');
    expect(reason(parseHba1c('7'))).toContain('DCCT-procent skal skrives med decimal');
    expect(reason(parseHba1c('høj'))).toContain('ikke et tal');
  });

  it('HbA1c below 20 with a decimal is DCCT %, converted and noted', () => {
    expect(dcctToIfcc(7.2)).toBe(55);
    const parsed = parseHba1c('7,2');
    expect(parsed).toEqual({ ok: true, value: 55, note: 'HbA1c 7,2 er læst som DCCT-procent og omregnet til 55 mmol/mol' });
    expect(value(parseHba1c('6.5'))).toBe(Math.round((6.5 - 2.15) * 10.929));
    expect(value(parseHba1c('8 %'))).toBe(64);
    expect(reason(parseHba1c('3,5'))).toContain('uden for 20-200');
  });

  it('treatment target 30-100, systolic 60-260, diastolic 30-160', () => {
    expect([value(parseHba1cTarget('30')), value(parseHba1cTarget('100')), value(parseHba1cTarget('29'))]).toEqual([30, 100, 'problem']);
    expect([value(parseSystolic('60')), value(parseSystolic('260')), value(parseSystolic('59')), value(parseSystolic('261'))]).toEqual([
      60,
      260,
      'problem',
      'problem',
    ]);
    expect([value(parseDiastolic('30')), value(parseDiastolic('160')), value(parseDiastolic('29')), value(parseDiastolic('161'))]).toEqual([
      30,
      160,
      'problem',
      'problem',
    ]);
    expect(reason(parseSystolic('300'))).toBe('Systolisk blodtryk 300 ligger uden for 60-260 mmHg');
  });

  it('blood pressure in one cell', () => {
    expect(value(parseBloodPressure('138/84'))).toEqual({ systolic: 138, diastolic: 84 });
    expect(value(parseBloodPressure(' 138 / 84 '))).toEqual({ systolic: 138, diastolic: 84 });
    expect(value(parseBloodPressure(''))).toBeNull();
    expect(reason(parseBloodPressure('138'))).toContain('systolisk/diastolisk');
    expect(reason(parseBloodPressure('138/84/2'))).toContain('systolisk/diastolisk');
    expect(reason(parseBloodPressure('138/'))).toContain('mangler');
    expect(reason(parseBloodPressure('300/84'))).toContain('Systolisk');
    expect(reason(parseBloodPressure('138/200'))).toContain('Diastolisk');
  });

  it.each([
    ['<30', '<30'],
    ['< 30', '<30'],
    ['30-299', '30-299'],
    ['30 - 299', '30-299'],
    ['300-699', '300-699'],
    ['>700', '>700'],
    ['>=700', '>700'],
    ['≥700', '>700'],
    ['0', '<30'],
    ['12,5', '<30'],
    ['29.9', '<30'],
    ['30', '30-299'],
    ['299', '30-299'],
    ['300', '300-699'],
    ['699', '300-699'],
    ['699,5', '300-699'],
    ['700', '>700'],
    ['1500 mg/døgn', '>700'],
  ])('U-albumin %j is band %s', (raw, band) => {
    expect(value(parseUalb(raw))).toBe(band);
  });

  it('U-albumin: empty is missing; negative or text is a problem', () => {
    expect(value(parseUalb(''))).toBeNull();
    expect(value(parseUalb('-1'))).toBe('problem');
    expect(value(parseUalb('normal'))).toBe('problem');
  });
});

describe('date cells', () => {
  const context = () => dateCellContext('2026-05-31', { excelSerials: false, date1904: false });

  it('reads a date on or before the extract date', () => {
    const dates = context();
    expect(value(parseDateCell('31-05-2026', dates))).toBe('2026-05-31');
    expect(value(parseDateCell('1900-01-01', dates))).toBe('1900-01-01');
    expect(value(parseDateCell('', dates))).toBeNull();
  });

  it('a date after the extract date, before 1900 or with a two-digit year is a problem', () => {
    const dates = context();
    expect(reason(parseDateCell('01-06-2026', dates))).toBe('Datoen 01-06-2026 ligger efter udtræksdatoen 31-05-2026');
    expect(reason(parseDateCell('31-12-1899', dates))).toContain('før 1900');
    expect(reason(parseDateCell('01-03-24', dates))).toContain('to cifre');
  });

  it('reads bare numbers as Excel serials only for XLSX', () => {
    expect(value(parseDateCell('45677', context()))).toBe('problem');
    const xlsx = dateCellContext('2026-05-31', { excelSerials: true, date1904: false });
    expect(value(parseDateCell('45677', xlsx))).toBe('2025-01-20');
    expect(value(parseDateCell('45677.5', xlsx))).toBe('2025-01-20');
    expect(value(parseDateCell('46174', xlsx))).toBe('problem');
    const mac = dateCellContext('2026-05-31', { excelSerials: true, date1904: true });
    expect(value(parseDateCell('44215', mac))).toBe('2025-01-20');
  });

  it('remembers each raw text once per import', () => {
    const dates = context();
    expect(parseDateCell('20-01-2025', dates)).toBe(parseDateCell('20-01-2025', dates));
    expect(dates.known.size).toBe(1);
  });
});
