import { extractFields, type ExtractField } from '../../shared/care-plan';
import { followUpFields, recogniseHeader } from '../../shared/import/headers';

/** Which of the file's headers the user has picked for each field; '' means the file has none. */
export type MappingChoices = Record<ExtractField, string>;

/** Fields in the order the mapping screen asks for them: what an import cannot do without comes first. */
export const mappingFieldOrder: readonly ExtractField[] = [
  'cpr',
  ...followUpFields,
  ...extractFields.filter((field) => field !== 'cpr' && !followUpFields.includes(field)),
];

/** The screen opens with every header Tovholder does recognise already picked for its field. */
export function initialChoices(headers: readonly string[]): MappingChoices {
  const choices = Object.fromEntries(extractFields.map((field) => [field, ''])) as MappingChoices;
  for (const header of headers) {
    const field = recogniseHeader(header);
    if (field !== null && choices[field] === '') choices[field] = header;
  }
  return choices;
}

export type MappingProblem = 'noCpr' | 'noFollowUp' | 'headerTwice';

/** What keeps the choices from being imported: a CPR column and one follow-up column are needed, and a header names one field. */
export function mappingProblems(choices: MappingChoices): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (choices.cpr === '') problems.push('noCpr');
  if (followUpFields.every((field) => choices[field] === '')) problems.push('noFollowUp');
  const picked = Object.values(choices).filter((header) => header !== '');
  if (new Set(picked).size !== picked.length) problems.push('headerTwice');
  return problems;
}

/**
 * The column mapping the importer takes: every header of the file names its field, or null when
 * the user left it out, so the saved profile says all there is to say about this set of headers.
 */
export function columnMappingFrom(choices: MappingChoices, headers: readonly string[]): Record<string, ExtractField | null> {
  const mapping: Record<string, ExtractField | null> = Object.fromEntries(headers.map((header) => [header, null]));
  for (const field of extractFields) if (choices[field] !== '') mapping[choices[field]] = field;
  return mapping;
}
