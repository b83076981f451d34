import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/outputs/html';
import { listPrintHtml } from '../../../shared/outputs/list-print-html';
import { sampleTable } from './fixtures';

describe('printable list', () => {
  const html = listPrintHtml(sampleTable, { practiceName: 'Lægerne i <Sydhavnen> & Co', date: '2026-11-23', subtitle: 'Pr. 21-11-2026' });

  it('is a self-contained A4 document that may load nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).not.toMatch(/<script|<link|<img|url\(/i);
  });

  it('shows the practice, the date, the title and the chosen columns, the header repeated on each page', () => {
    expect(html).toContain('Lægerne i &lt;Sydhavnen&gt; &amp; Co<br>23-11-2026');
    expect(html).toContain('<h1>Årskontrol overskredet</h1>');
    expect(html).toContain('<thead><tr><th scope="col">Navn</th><th scope="col">CPR-nr.</th>');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('counter(page) " af " counter(pages)');
    const narrow = listPrintHtml({ ...sampleTable, columns: sampleTable.columns.filter((c) => c.key === 'cpr') }, { practiceName: 'P', date: '2026-11-23' });
    expect(narrow).not.toContain('<th scope="col">Navn</th>');
  });

  it('writes Danish dates and decimal commas and escapes every value', () => {
    expect(html).toContain('<td class="date">28-02-2025</td>');
    expect(html).toContain('<td class="number">7,5</td>');
    expect(html).toContain('<td class="text">=HYPERLINK(&quot;x&quot;)</td>');
    expect(html).toContain('<p class="count">4 patienter</p>');
  });

  it('keeps the practice name from breaking out of the CSS footer string', () => {
    const tricky = listPrintHtml(sampleTable, { practiceName: 'A"; } body { display:none } </style><script>', date: '2026-11-23' });
    const style = tricky.slice(tricky.indexOf('<style>') + '<style>'.length, tricky.indexOf('</style>'));
    expect(style).not.toContain('"; }');
    expect(style).not.toContain('<');
    expect(tricky).not.toContain('<script>');
  });

  it('goes landscape when many columns are chosen', () => {
    const wide = { ...sampleTable, columns: [...sampleTable.columns, ...sampleTable.columns.map((c) => ({ ...c, key: `${c.key}2` }))] };
    expect(listPrintHtml(wide, { practiceName: 'P', date: '2026-11-23' })).toMatch(/size: A4 landscape/);
  });

  it('property: escaped text has no markup characters and decodes back to itself', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const decoded = escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
        expect(decoded).toBe(text);
      }),
    );
  });
});
