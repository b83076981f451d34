/**
 * Merge fields for letters and SMS: `{{navn}}` in a template is replaced by the patient's value.
 * The user edits the templates, so every mistake is reported in plain Danish before anything is
 * made, never printed as a stray `{{…}}` to a patient.
 */

export const mergeFields = ['navn', 'læge', 'praksis', 'telefon', 'dato', 'undersøgelse'] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Readonly<Record<MergeField, string>>;

const token = /\{\{([^{}]*)\}\}/g;

/** The problems of a template as Danish sentences for the user; an empty list means it can be used. */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  if (template.trim() === '') problems.push('Skabelonen er tom.');
  const unknown = new Set<string>();
  for (const match of template.matchAll(token)) {
    const name = match[1]!.trim();
    if (!(mergeFields as readonly string[]).includes(name)) unknown.add(`{{${name}}}`);
  }
  if (unknown.size > 0) {
    problems.push(
      `Skabelonen bruger ${unknown.size === 1 ? 'et ukendt flettefelt' : 'ukendte flettefelter'}: ${[...unknown].join(', ')}. ` +
        `Mulige felter er ${mergeFields.map((field) => `{{${field}}}`).join(', ')}.`,
    );
  }
  const stray = template.replace(token, '');
  if (stray.includes('{{') || stray.includes('}}')) {
    problems.push('Skabelonen har en {{ eller }} uden sin modpart. Et flettefelt skrives som {{navn}}.');
  }
  return problems;
}

export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'TemplateError';
  }
}

/** The template with every field filled in, as plain text. Throws `TemplateError` for a template with problems. */
export function fillTemplate(template: string, values: MergeValues): string {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new TemplateError(problems);
  return fillFields(template, values);
}

/** The fields of a template already checked by `templateProblems`, filled in. */
function fillFields(text: string, values: MergeValues): string {
  return text.replace(token, (_match, name: string) => values[name.trim() as MergeField]);
}

/**
 * The template filled in line by line, leaving out a line made of fields alone that only repeats
 * the line above it: without a named GP `{{læge}}` is the practice, and a signature of
 * `{{læge}}` over `{{praksis}}` would sign the practice twice. Text the user typed is kept.
 */
export function fillTemplateLines(template: string, values: MergeValues): string {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new TemplateError(problems);
  const lines: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const filled = fillFields(line, values);
    const fieldsOnly = line.replace(token, '').trim() === '' && line.trim() !== '';
    if (fieldsOnly && lines.length > 0 && filled.trim() === (lines.at(-1) as string).trim()) continue;
    lines.push(filled);
  }
  return lines.join('\n');
}

const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** `2026-11-23` as a Danish letter writes it: `23. november 2026`. */
export function danishLongDate(iso: string): string {
  return `${Number(iso.slice(8, 10))}. ${monthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
