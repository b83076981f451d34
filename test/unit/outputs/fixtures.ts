import type { MergeValues } from '../../../shared/outputs/merge-template';
import type { Table } from '../../../shared/outputs/table';

/** A small list with every kind of cell, including the names an attacker or a typo could produce. */
export const sampleTable: Table = {
  title: 'Årskontrol overskredet',
  columns: [
    { key: 'name', header: 'Navn', kind: 'text' },
    { key: 'cpr', header: 'CPR-nr.', kind: 'text' },
    { key: 'lastAnnualCheck', header: 'Seneste årskontrol', kind: 'date' },
    { key: 'hba1c', header: 'HbA1c', kind: 'number' },
  ],
  rows: [
    { name: 'Åse Ørsted', cpr: '610170-1234', lastAnnualCheck: '2025-02-28', hba1c: 53 },
    { name: '=HYPERLINK("x")', cpr: '620270-2345', lastAnnualCheck: null, hba1c: 7.5 },
    { name: 'Jens "Bager" Hansen; Nørby\nanden linje', cpr: '630370-3456', lastAnnualCheck: '2024-12-31', hba1c: null },
    { name: null, cpr: '640470-4567', lastAnnualCheck: '2026-11-23', hba1c: -1 },
  ],
};

/** One patient's merge values. */
export const values: MergeValues = {
  navn: 'Åse Ørsted',
  læge: 'Læge Hansen',
  praksis: 'Lægerne i Sydhavnen',
  telefon: '33 12 34 56',
  dato: '23. november 2026',
  undersøgelse: 'årskontrol',
};
