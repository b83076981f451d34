import { describe, expect, it } from 'vitest';
import { importRisks, noValidPatientReason, riskSentence } from '../../../shared/import-guards';
import { readExtract } from '../../../shared/import/read-extract';

const counts = { absent: 0, current: 100, rejected: 0, rowsRead: 100 };

describe('import guards', () => {
  it('asks for a confirmation only when more than half the current patients would be absent', () => {
    expect(importRisks({ ...counts, absent: 50 })).toEqual([]);
    expect(importRisks({ ...counts, absent: 51 })).toEqual([{ kind: 'many_absent', absent: 51, current: 100 }]);
    // The first import has no current patients to lose.
    expect(importRisks({ ...counts, absent: 0, current: 0 })).toEqual([]);
  });

  it('asks for a confirmation only when more than a fifth of the rows are rejected', () => {
    expect(importRisks({ ...counts, rejected: 20 })).toEqual([]);
    expect(importRisks({ ...counts, rejected: 21 })).toEqual([{ kind: 'many_rejected', rejected: 21, rowsRead: 100 }]);
    expect(importRisks({ absent: 60, current: 100, rejected: 30, rowsRead: 100 }).map((risk) => risk.kind)).toEqual(['many_absent', 'many_rejected']);
  });

  it('says each risk in a Danish sentence with its numbers', () => {
    expect(riskSentence({ kind: 'many_absent', absent: 60, current: 80 })).toBe(
      '60 af de 80 patienter i det nuværende udtræk (75 %) er ikke i filen og ville forsvinde fra listerne.',
    );
    expect(riskSentence({ kind: 'many_rejected', rejected: 7, rowsRead: 21 })).toContain('7 af filens 21 rækker (33 %) er afvist');
  });

  it('names the column that holds the CPR numbers when the headers are shifted against the values', () => {
    const shifted = 'Navn;CPR-nr.;Årskontrol;Øjenlægekontrol\n010190-1234;Anna A;01-01-2026;\n020290-1234;Bo B;01-02-2026;\n030390-1234;Carl C;;01-03-2025\n';
    const read = readExtract({ bytes: new TextEncoder().encode(shifted), fileName: 'udtraek_2026-05-31.csv' });
    expect(read.patients).toEqual([]);
    const reason = noValidPatientReason(read);
    expect(reason).toContain('Ingen af filens 3 rækker har et gyldigt CPR-nummer i kolonnen »CPR-nr.«');
    expect(reason).toContain('CPR-numrene står i kolonnen »Navn«: overskrifterne er sandsynligvis forskudt');
    expect(reason).toContain('Databasen er ikke ændret.');
  });

  it('without CPR numbers anywhere, points at the headers or the CPR column in general', () => {
    const noCpr = 'CPR-nr.;Årskontrol\nukendt;01-01-2026\nintet;01-02-2026\n';
    const read = readExtract({ bytes: new TextEncoder().encode(noCpr), fileName: 'udtraek_2026-05-31.csv' });
    const reason = noValidPatientReason(read);
    expect(reason).toContain('Måske er overskrifterne forskudt');
    expect(reason).not.toContain('CPR-numrene står i kolonnen');
  });
});
