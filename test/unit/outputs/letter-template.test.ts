import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/outputs/html';
import { defaultLetterTemplate, lettersHtml } from '../../../shared/outputs/letter-template';
import { templateProblems, TemplateError } from '../../../shared/outputs/merge-template';
import { values } from './fixtures';

describe('invitation letters', () => {
  it('the default template is Danish and uses only known fields', () => {
    expect(templateProblems(defaultLetterTemplate)).toEqual([]);
    expect(defaultLetterTemplate).toContain('Kære {{navn}}');
  });

  it('makes one letter a page, each page breaking after it except the last', () => {
    const html = lettersHtml(defaultLetterTemplate, [values, { ...values, navn: 'Bo Berg' }, { ...values, navn: 'Carl' }]);
    expect(html.match(/<section class="letter">/g)).toHaveLength(3);
    expect(html).toContain('.letter { page-break-after: always; break-after: page; }');
    expect(html).toContain('.letter:last-child { page-break-after: auto;');
    expect(html).toContain('<p>Kære Bo Berg</p>');
  });

  it('keeps line breaks, makes paragraphs of blank-line blocks and escapes template and values alike', () => {
    const html = lettersHtml('<b>{{praksis}}</b>\r\nTlf. {{telefon}}\n\n\nKære {{navn}}', [{ ...values, navn: '<script>alert(1)</script> & "x"' }]);
    expect(html).toContain('<p>&lt;b&gt;Lægerne i Sydhavnen&lt;/b&gt;<br>Tlf. 33 12 34 56</p>\n<p>Kære &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>');
    expect(html).not.toContain('<script>');
  });

  it('signs the practice once when the patient has no named GP, and signs GP and practice when there is one', () => {
    const practice = values.praksis;
    const unsigned = lettersHtml(defaultLetterTemplate, [{ ...values, læge: practice }]);
    // Once at the head of the letter, once under "Med venlig hilsen".
    expect(unsigned.split(practice)).toHaveLength(3);
    expect(unsigned).toContain(`<p>Med venlig hilsen</p>\n<p>${practice}</p>`);
    const signed = lettersHtml(defaultLetterTemplate, [{ ...values, læge: 'Lone Krag' }]);
    expect(signed).toContain(`<p>Lone Krag<br>${practice}</p>`);
    // A line the user typed twice is theirs to keep.
    expect(lettersHtml('Hej\nHej\n{{navn}}', [values])).toContain('<p>Hej<br>Hej<br>');
  });

  it('refuses a template with an unknown field, and an empty list, with a Danish reason', () => {
    expect(() => lettersHtml('Kære {{fornavn}}', [values])).toThrow(/ukendt flettefelt: \{\{fornavn\}\}/);
    expect(() => lettersHtml(defaultLetterTemplate, [])).toThrow(TemplateError);
  });

  it('property: whatever a name holds, it appears escaped in its own letter and adds no markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', 'æ', ' ', '{', '}', '\n') }), (navn) => {
        const html = lettersHtml('Kære {{navn}}', [{ ...values, navn }]);
        const body = html.slice(html.indexOf('<section'), html.lastIndexOf('</section>'));
        expect(body.match(/<[a-z/]+/g)).toEqual(expect.arrayContaining(['<section']));
        expect(body.replace(/<\/?(section|p|br)( class="letter")?>/g, '')).not.toMatch(/[<>]/);
        expect(body).toContain(escapeHtml(navn.split('\n')[0]!));
      }),
    );
  });
});
