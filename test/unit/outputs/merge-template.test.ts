import { describe, expect, it } from 'vitest';
import { danishLongDate, fillTemplate, TemplateError, templateProblems } from '../../../shared/outputs/merge-template';
import { values } from './fixtures';

describe('merge templates', () => {
  it('fills every known field, spaces inside the braces allowed', () => {
    expect(fillTemplate('Kære {{navn}}, tid til {{ undersøgelse }} hos {{praksis}}.', values)).toBe(
      'Kære Åse Ørsted, tid til årskontrol hos Lægerne i Sydhavnen.',
    );
  });

  it('reports unknown fields in plain Danish, naming the ones that exist', () => {
    const problems = templateProblems('Kære {{fornavn}} på {{adresse}} og {{fornavn}}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('ukendte flettefelter: {{fornavn}}, {{adresse}}.');
    expect(problems[0]).toContain('Mulige felter er {{navn}}, {{læge}}');
    expect(templateProblems('Hej {{Navn}}')[0]).toContain('et ukendt flettefelt: {{Navn}}');
  });

  it('reports unbalanced braces and an empty template', () => {
    expect(templateProblems('Kære {{navn}, velkommen')).toEqual([expect.stringContaining('uden sin modpart')]);
    expect(templateProblems('Kære navn}}')).toEqual([expect.stringContaining('uden sin modpart')]);
    expect(templateProblems('  \n')).toEqual(['Skabelonen er tom.']);
    expect(templateProblems('Kære {{navn}}')).toEqual([]);
  });

  it('refuses to fill a template with problems', () => {
    expect(() => fillTemplate('Kære {{fornavn}}', values)).toThrow(TemplateError);
  });

  it('writes a letter date the Danish way', () => {
    expect(danishLongDate('2026-11-03')).toBe('3. november 2026');
    expect(danishLongDate('2027-01-31')).toBe('31. januar 2027');
  });
});
