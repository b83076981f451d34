import type { ExtractField } from '../care-plan';

/**
 * The headers each field is known by (`extract-format.md`, Columns), canonical header first.
 * Exported for the column-mapping UI, which shows the canonical header as the field's name.
 */
export const headerSynonyms: Readonly<Record<ExtractField, readonly string[]>> = {
  cpr: ['CPR-nr.', 'CPR', 'Cpr.nr.', 'CPR nummer', 'Personnummer'],
  name: ['Navn', 'Patientnavn', 'Patient'],
  sex: ['Køn'],
  practice: ['Praksis', 'Klinik', 'Ydernummer'],
  gp: ['Læge', 'Egen læge', 'Behandler'],
  diagnosis: ['Diagnose', 'Diabetestype'],
  primary_site: ['Primært behandlingssted', 'Behandlingssted'],
  hba1c: ['HbA1c', 'Seneste HbA1c', 'HbA1c (mmol/mol)'],
  hba1c_date: ['HbA1c dato', 'Dato HbA1c'],
  hba1c_target: ['Behandlingsmål HbA1c', 'HbA1c mål'],
  bp_systolic: ['Systolisk BT', 'BT systolisk', 'Systolisk blodtryk'],
  bp_diastolic: ['Diastolisk BT', 'BT diastolisk', 'Diastolisk blodtryk'],
  bp: ['BT', 'Blodtryk'],
  ualb: ['U-ALB', 'U-albumin', 'Albuminuri'],
  smoking: ['Rygestatus', 'Ryger'],
  ace_at2: ['ACE/AT2', 'ACE-hæmmer/AT2-antagonist'],
  statin: ['Statiner', 'Statin', 'Statinbehandling'],
  // DSAM renamed the annual check "årsstatus" in 2020; exports from either side of that carry either word.
  annual_check: [
    'Årskontrol',
    'Årskontrol dato',
    'Seneste årskontrol',
    'Dato for årskontrol',
    'Årsstatus',
    'Årsstatus dato',
    'Seneste årsstatus',
    'Dato for årsstatus',
  ],
  eye_exam: ['Øjenlægekontrol', 'Øjenundersøgelse', 'Seneste øjenundersøgelse', 'Øjenscreening'],
  foot_exam: ['Fodterapeut', 'Fodundersøgelse', 'Seneste fodundersøgelse', 'Fodstatus'],
  rehab: ['Kommunalt rehabiliteringstilbud', 'Kommunalt tilbud', 'Rehabilitering'],
  phone: ['Telefon', 'Tlf.', 'Mobil', 'Telefonnr.'],
};

/** The fields a care-plan extract must hold at least one of: without them there is nothing to follow up. */
export const followUpFields: readonly ExtractField[] = ['annual_check', 'eye_exam', 'foot_exam'];

/**
 * A header as it is compared: Unicode NFC, lower case, single spaces, without surrounding spaces,
 * a trailing unit in parentheses (`HbA1c (mmol/mol)`) or a trailing `.` or `:`.
 */
export function normaliseHeader(header: string): string {
  let text = header.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = text;
    if (text.endsWith(')')) {
      const open = text.lastIndexOf('(');
      if (open > 0) text = text.slice(0, open).trimEnd();
    }
    while (text.endsWith('.') || text.endsWith(':')) text = text.slice(0, -1).trimEnd();
    if (text === before) return text;
  }
}

const fieldByHeader: ReadonlyMap<string, ExtractField> = new Map(
  (Object.entries(headerSynonyms) as [ExtractField, readonly string[]][]).flatMap(([field, headers]) =>
    headers.map((header) => [normaliseHeader(header), field] as const),
  ),
);

/** The field a header names, or null when the header is not one of the known synonyms. */
export function recogniseHeader(header: string): ExtractField | null {
  return fieldByHeader.get(normaliseHeader(header)) ?? null;
}

export type ColumnMappingOverride = Readonly<Record<string, ExtractField | null>>;

/**
 * A recogniser that applies the user's mapping first (compared the way headers are), then the
 * synonym table.
 */
export function headerRecogniser(override: ColumnMappingOverride = {}): (header: string) => ExtractField | null {
  const userFields = new Map(Object.entries(override).map(([header, field]) => [normaliseHeader(header), field]));
  return (header) => {
    const key = normaliseHeader(header);
    const userField = userFields.get(key);
    return userField !== undefined ? userField : (fieldByHeader.get(key) ?? null);
  };
}

/**
 * What a saved column mapping is keyed by: the file's set of headers, compared the way headers
 * are, in any order. The same export from the same system gives the same key every time.
 */
export function headerSetKey(headers: readonly string[]): string {
  const names = new Set(headers.map(normaliseHeader).filter((name) => name !== ''));
  return JSON.stringify([...names].sort());
}
