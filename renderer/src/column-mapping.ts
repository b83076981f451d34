import { extractFields, type ExtractField } from '../../shared/care-plan';
import { guessColumns, type ColumnGuessSource } from '../../shared/import/header-guess';
import { followUpFields } from '../../shared/import/headers';

/** One of the file's columns as the mapping screen shows it: its header and first values. */
export interface MappingColumn {
  header: string;
  samples: string[];
}

/** The field the user has picked for each of the file's headers; '' means the column is not used. */
export type MappingChoices = Record<string, ExtractField | ''>;

/** Fields in the order the mapping screen offers them: what an import cannot do without comes first. */
export const mappingFieldOrder: readonly ExtractField[] = [
  'cpr',
  ...followUpFields,
  ...extractFields.filter((field) => field !== 'cpr' && !followUpFields.includes(field)),
];

/**
 * The file's columns once each, the first of a repeated header kept (as the importer reads it),
 * with the samples that came with the headers in the same order.
 */
export function mappingColumns(headers: readonly string[], samples: readonly (readonly string[])[]): MappingColumn[] {
  const seen = new Set<string>();
  return headers.flatMap((header, index) => {
    if (seen.has(header)) return [];
    seen.add(header);
    return [{ header, samples: [...(samples[index] ?? [])] }];
  });
}

export interface InitialMapping {
  choices: MappingChoices;
  /** How each pre-selected field was found; a guess is shown as one, for the user to check. */
  sources: Record<string, ColumnGuessSource | null>;
}

/** The screen opens with every header Tovholder knows, and every one it can guess, already picked. */
export function initialMapping(headers: readonly string[]): InitialMapping {
  const guesses = guessColumns(headers);
  return {
    choices: Object.fromEntries(guesses.map((guess) => [guess.header, guess.field ?? ''])),
    sources: Object.fromEntries(guesses.map((guess) => [guess.header, guess.source])),
  };
}

export type MappingProblem = 'noCpr' | 'noFollowUp' | 'fieldTwice';

/** What keeps the choices from being imported: a CPR column and one follow-up column are needed, and a field comes from one column. */
export function mappingProblems(choices: MappingChoices): MappingProblem[] {
  const picked = Object.values(choices).filter((field) => field !== '');
  const problems: MappingProblem[] = [];
  if (!picked.includes('cpr')) problems.push('noCpr');
  if (!followUpFields.some((field) => picked.includes(field))) problems.push('noFollowUp');
  if (new Set(picked).size !== picked.length) problems.push('fieldTwice');
  return problems;
}

/**
 * The column mapping the importer takes: every header of the file names its field, or null when
 * the user left it out, so the saved profile says all there is to say about this set of headers.
 */
export function columnMappingFrom(choices: MappingChoices, headers: readonly string[]): Record<string, ExtractField | null> {
  return Object.fromEntries(headers.map((header) => [header, choices[header] || null]));
}
