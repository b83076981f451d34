import { basePrintCss, escapeHtml, printDocument } from './html';
import { fillTemplateLines, templateProblems, TemplateError, type MergeValues } from './merge-template';

/** The invitation the practice starts from and may edit in the settings. */
export const defaultLetterTemplate = `{{praksis}}
Telefon {{telefon}}

{{dato}}

Til {{navn}}

Invitation til {{undersøgelse}}

Kære {{navn}}

Du går til kontrol for type 2-diabetes hos os, og ifølge vores journal er det tid til din {{undersøgelse}}.

Regelmæssig kontrol hjælper med at opdage og forebygge følger af diabetes i øjne, fødder, nyrer, hjerte og blodkar. Det er også en god anledning til at tale om, hvordan det går.

Ring venligst til os på telefon {{telefon}} og aftal en tid. Har du allerede en tid, eller går du til kontrol et andet sted, så giv os gerne besked, så vi kan rette vores oplysninger.

Med venlig hilsen

{{læge}}
{{praksis}}`;

const letterCss = `${basePrintCss}
@page { margin: 25mm 22mm 25mm 25mm; }
html { font-size: 11.5pt; line-height: 1.4; }
.letter { page-break-after: always; break-after: page; }
.letter:last-child { page-break-after: auto; break-after: auto; }
p { margin: 0 0 0.9em; }`;

/**
 * One letter a page, from the template filled in for each patient, as one HTML document to print.
 * The template is plain text: a blank line starts a new paragraph, a line break is kept. Template
 * and values are escaped after merging, so neither can add markup. A template with problems is
 * refused whole (`TemplateError`), before any letter is made.
 */
export function lettersHtml(template: string, letters: readonly MergeValues[]): string {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new TemplateError(problems);
  if (letters.length === 0) throw new TemplateError(['Der er ingen patienter at skrive indkaldelser til.']);
  const body = letters.map((values) => `<section class="letter">\n${paragraphs(fillTemplateLines(template, values))}\n</section>`).join('\n');
  return printDocument({ title: 'Indkaldelser', css: letterCss, body });
}

function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}
