import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../shared/care-plan';
import { buildColumns, findHeaderRow, firstHeaderlessColumn, withHeaderlessColumns } from '../../../shared/import/header-row';
import { headerRecogniser, headerSynonyms, normaliseHeader, recogniseHeader } from '../../../shared/import/headers';

describe('normaliseHeader', () => {
  it.each([
    ['CPR-nr.', 'cpr-nr'],
    ['  Cpr.nr.: ', 'cpr.nr'],
    ['HbA1c (mmol/mol)', 'hba1c'],
    ['HbA1c   (mmol/mol).', 'hba1c'],
    ['U-ALB (mg/døgn)', 'u-alb'],
    ['Seneste   ØJENUNDERSØGELSE', 'seneste øjenundersøgelse'],
    ['Tlf.', 'tlf'],
    ['A\u030arskontrol', 'årskontrol'],
  ])('%j → %j', (header, normal) => {
    expect(normaliseHeader(header)).toBe(normal);
  });
});

describe('recogniseHeader', () => {
  it('knows every synonym of every field, in any case and with the ignored decorations', () => {
    for (const field of extractFields) {
      for (const header of headerSynonyms[field]) {
        expect(recogniseHeader(header)).toBe(field);
        expect(recogniseHeader(` ${header.toUpperCase()}: `)).toBe(field);
      }
    }
  });

  it.each([
    'Årsstatus',
    'Årsstatus dato',
    'Seneste årsstatus',
    'Dato for årsstatus',
    'ÅRSSTATUS',
    '  årsstatus   dato: ',
    'Seneste årsstatus.',
    'Dato for årsstatus (dd-mm-åååå)',
    'A\u030arsstatus',
  ])('reads DSAM\'s word since 2020, %j, as the annual check', (header) => {
    expect(recogniseHeader(header)).toBe('annual_check');
  });

  it('does not read a word merely containing årsstatus as the annual check', () => {
    expect(recogniseHeader('Årsstatus bemærkning')).toBeNull();
    expect(recogniseHeader('Årsstatusdato')).toBeNull();
  });

  it('does not guess', () => {
    expect(recogniseHeader('Bemærkning')).toBeNull();
    expect(recogniseHeader('CPR nr og navn')).toBeNull();
    expect(recogniseHeader('')).toBeNull();
  });

  it("applies the user's mapping first: a field, or null to ignore a column", () => {
    const recognise = headerRecogniser({ 'Pers. nr': 'cpr', 'Årskontrol': null, ' Kontrol dato ': 'annual_check' });
    expect(recognise('pers. nr')).toBe('cpr');
    expect(recognise('Årskontrol')).toBeNull();
    expect(recognise('Kontrol dato')).toBe('annual_check');
    expect(recognise('Navn')).toBe('name');
  });
});

describe('findHeaderRow and buildColumns', () => {
  const recognise = headerRecogniser();

  it('takes the first row with a CPR column within the first 11 rows', () => {
    const rows = [['Udtrukket: 21-11-2026'], ['Praksis', 'Lægehuset'], ['CPR', 'Navn', 'Årskontrol'], ['CPR']];
    expect(findHeaderRow(rows, recognise)).toMatchObject({ index: 2, hasCpr: true, recognised: 3 });
    const late = [...Array.from({ length: 11 }, () => ['preamble']), ['CPR', 'Årskontrol']];
    expect(findHeaderRow(late, recognise)).toBeNull();
  });

  it('without a CPR column, offers the row naming most fields; null when nothing looks like a header', () => {
    expect(findHeaderRow([['Navn', 'Køn', 'Årskontrol'], ['Anne', 'K', '01-01-2026']], recognise)).toMatchObject({
      index: 0,
      hasCpr: false,
      recognised: 3,
    });
    expect(findHeaderRow([['a', 'b'], ['c', 'd']], recognise)).toBeNull();
  });

  it('numbers repeated headers, reads a field from its first column, and adds the headerless columns with data', () => {
    const header = findHeaderRow([['CPR', 'Noter', '', 'Årskontrol', 'Noter', 'Seneste årskontrol', '', 'Kolonne 3']], recognise);
    expect(header).not.toBeNull();
    if (header === null) return;
    expect(firstHeaderlessColumn(header)).toBe(2);
    const { columns, notes } = buildColumns(header, 1, recognise);
    expect(columns).toEqual([
      { index: 0, header: 'CPR', field: 'cpr' },
      { index: 1, header: 'Noter', field: null },
      { index: 3, header: 'Årskontrol', field: 'annual_check' },
      { index: 4, header: 'Noter (2)', field: null },
      { index: 5, header: 'Seneste årskontrol', field: null },
      { index: 7, header: 'Kolonne 3', field: null },
    ]);
    expect(notes).toEqual([{ line: 1, reason: 'Kolonnen "Seneste årskontrol" bruges ikke, fordi "Årskontrol" allerede læses som Årskontrol' }]);
    // A header keeps its name; the headerless column 3 that holds data gets another.
    expect(withHeaderlessColumns(columns, new Set([9, 2])).map((column) => [column.index, column.header])).toEqual([
      [0, 'CPR'],
      [1, 'Noter'],
      [2, 'Kolonne 3 (2)'],
      [3, 'Årskontrol'],
      [4, 'Noter (2)'],
      [5, 'Seneste årskontrol'],
      [7, 'Kolonne 3'],
      [9, 'Kolonne 10'],
    ]);
  });
});
