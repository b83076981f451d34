import type { ExtractField } from '../care-plan';
import { recogniseHeader } from './headers';

/**
 * Words that suggest a field when a header is not one of the known synonyms: Danish variants,
 * English headers a practice's export may carry, and parts of compound words. A cue is one or more
 * words that must all be in the header; a word ending in `*` is a stem (a word starting with it),
 * any other word must be a whole word, so `kon` (køn) does not match "kontrol" nor `fod` "fødsel".
 */
const cues: Readonly<Record<ExtractField, readonly string[]>> = {
  cpr: ['cpr*', 'personnummer*', 'personnr*', 'civil* registr*', 'patient id', 'patientid', 'person id', 'ssn'],
  name: ['navn*', 'name', 'names'],
  sex: ['køn', 'sex', 'gender'],
  practice: ['praksis*', 'practice*', 'klinik*', 'clinic*', 'ydernummer*', 'ydernr*'],
  gp: ['gp', 'gp name', 'læge', 'lægen', 'lægenavn', 'egen læge', 'doctor*', 'physician*', 'behandler*'],
  diagnosis: ['diagnos*', 'diabetestype*', 'diabetes type*'],
  primary_site: ['behandlingssted*', 'treatment site*', 'primary site*', 'care site*'],
  hba1c: ['hba1c*', 'a1c', 'langtidsblodsukker*'],
  hba1c_date: ['hba1c* dato*', 'hba1c* date*', 'hba1c* dat'],
  hba1c_target: ['hba1c* mål', 'hba1c* målværdi*', 'behandlingsmål*', 'hba1c* target*', 'hba1c* goal*'],
  bp_systolic: ['systol*', 'sbp', 'systol* bt', 'systol* bp', 'systol* blodtryk*', 'systol* blood* pressure*'],
  bp_diastolic: ['diastol*', 'dbp', 'diastol* bt', 'diastol* bp', 'diastol* blodtryk*', 'diastol* blood* pressure*'],
  bp: ['bt', 'bp', 'blodtryk*', 'blood* pressure*'],
  ualb: ['u alb*', 'ualb*', 'urin* albumin*', 'albumin*', 'albuminuri*', 'mikroalbumin*', 'microalbumin*', 'uacr', 'acr'],
  smoking: ['ryge*', 'ryger*', 'rygning*', 'tobak*', 'smok*', 'tobacco*'],
  ace_at2: ['ace', 'acei', 'ace* hæmmer*', 'at2*', 'arb', 'angiotensin*'],
  statin: ['statin*', 'kolesterolsænk*'],
  annual_check: ['årskontrol*', 'årsstatus*', 'annual*', 'yearly*', 'årlig* kontrol*'],
  eye_exam: ['øjen*', 'eye*', 'eye* exam*', 'retina*', 'fundus*', 'ophthalm*'],
  foot_exam: ['fod', 'fødder', 'fodterap*', 'fodunders*', 'fodstatus*', 'fodkontrol*', 'fodscreen*', 'foot*', 'feet', 'podiat*', 'chiropod*'],
  rehab: ['rehab*', 'kommun* tilbud*'],
  phone: ['tlf*', 'telefon*', 'teleph*', 'phone*', 'mobil*', 'tel'],
};

/**
 * A header in the form cues are compared in: lower case, æ as ae, ø and oe as o, å and aa as a,
 * other accents dropped (é as e), cut into words at anything that is not a letter or digit.
 * Both spellings of ø and å meet in one form, so "Øjenkontrol", "Oejenkontrol" and "Ojenkontrol" agree.
 */
export function headerWords(header: string): string[] {
  const folded = header
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

interface CueWord {
  text: string;
  stem: boolean;
}

const parsedCues: readonly (readonly [ExtractField, readonly (readonly CueWord[])[]])[] = (
  Object.entries(cues) as [ExtractField, readonly string[]][]
).map(([field, list]) => [
  field,
  list.map((cue) =>
    cue.split(' ').map((word) => ({ text: headerWords(word.replace(/\*$/, '')).join(''), stem: word.endsWith('*') })),
  ),
]);

/** How much of a cue the header holds: the letters of its words, or 0 unless every word is there. */
function cueScore(words: readonly string[], cue: readonly CueWord[]): number {
  const used = new Set<number>();
  let score = 0;
  for (const part of cue) {
    const at = words.findIndex((word, index) => !used.has(index) && (part.stem ? word.startsWith(part.text) : word === part.text));
    if (at === -1) return 0;
    used.add(at);
    score += part.text.length;
  }
  return score;
}

/** Each field's best cue score for a header; fields without a matching cue are left out. */
export function fieldScores(header: string): Map<ExtractField, number> {
  const words = headerWords(header);
  const scores = new Map<ExtractField, number>();
  for (const [field, fieldCues] of parsedCues) {
    const best = Math.max(0, ...fieldCues.map((cue) => cueScore(words, cue)));
    if (best > 0) scores.set(field, best);
  }
  return scores;
}

/** The field a header suggests: its highest score, or null when nothing matches or two fields tie. */
function bestField(header: string): { field: ExtractField; score: number } | null {
  const ranked = [...fieldScores(header)].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return null;
  return { field: first[0], score: first[1] };
}

/** `known`: a synonym of the format; `guessed`: suggested by words in the header, for the user to check. */
export type ColumnGuessSource = 'known' | 'guessed';

export interface ColumnGuess {
  header: string;
  field: ExtractField | null;
  source: ColumnGuessSource | null;
}

/**
 * The field each header most likely holds. A known synonym is taken as it is (the first header
 * naming a field wins, as when reading), and a recognised header is never guessed as anything
 * else. The rest get the field their words score highest for, unless a known header already has
 * it; of several headers suggesting one field the highest score wins, and a tie leaves all of them
 * without a field, since no field may come from two columns.
 */
export function guessColumns(headers: readonly string[]): ColumnGuess[] {
  const known = headers.map(recogniseHeader);
  const taken = new Set<ExtractField>();
  const knownFields = known.map((field) => {
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  const suggestions = headers.map((header, index) => (known[index] === null ? bestField(header) : null));
  const winners = new Map<ExtractField, number>();
  const topScore = new Map<ExtractField, { score: number; count: number; index: number }>();
  suggestions.forEach((suggestion, index) => {
    if (suggestion === null || taken.has(suggestion.field)) return;
    const top = topScore.get(suggestion.field);
    if (top === undefined || suggestion.score > top.score) topScore.set(suggestion.field, { score: suggestion.score, count: 1, index });
    else if (suggestion.score === top.score) top.count++;
  });
  for (const [field, top] of topScore) if (top.count === 1) winners.set(field, top.index);
  return headers.map((header, index): ColumnGuess => {
    const knownField = knownFields[index] ?? null;
    if (knownField !== null) return { header, field: knownField, source: 'known' };
    const suggestion = suggestions[index] ?? null;
    if (suggestion !== null && winners.get(suggestion.field) === index) return { header, field: suggestion.field, source: 'guessed' };
    return { header, field: null, source: null };
  });
}
