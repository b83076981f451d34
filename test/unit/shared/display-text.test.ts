import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingInvisibles, visibleName, visibleText } from '../../../shared/display-text';
import { invisibleCharacters } from '../outputs/formula-cases';

describe('text as it is shown', () => {
  it.each(invisibleCharacters.map((char) => [char.codePointAt(0)!.toString(16).toUpperCase(), char] as const))(
    'drops U+%s wherever it stands in a name',
    (_code, char) => {
      expect(visibleText(`${char}Hansen`)).toBe('Hansen');
      expect(visibleText(`Jens${char} Hansen${char}`)).toBe('Jens Hansen');
    },
  );

  it('shows a right-to-left override name in the order it was typed, not reversed', () => {
    expect(visibleText('\u202EnesnaH')).toBe('nesnaH');
    expect(visibleText('\u2067Åse Ørsted\u2069 (\u200Bx)')).toBe('Åse Ørsted (x)');
  });

  it('keeps ordinary names, Danish letters, hyphens, apostrophes and spaces as they are', () => {
    for (const name of ['Åse Ørsted', 'Bodil Mølgaard-Hansen', "O'Brien", '  Jens  ', '']) expect(visibleText(name)).toBe(name);
  });

  it('makes a name of invisible characters alone no name, and leaves a missing one missing', () => {
    expect(visibleName('\u200B\u202E')).toBeNull();
    expect(visibleName(null)).toBeNull();
    expect(visibleName('')).toBe('');
    expect(visibleName('\uFEFFJens')).toBe('Jens');
  });

  it('finds only the invisible characters at the start', () => {
    expect('\u200B\u202E=x\u200B'.replace(leadingInvisibles, '')).toBe('=x\u200B');
  });

  it('property: nothing invisible is left, and the visible characters keep their order', () => {
    const unit = fc.constantFrom(...invisibleCharacters, 'a', 'Ø', ' ', '-', '=');
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const shown = visibleText(text);
        expect(invisibleCharacters.some((char) => shown.includes(char))).toBe(false);
        expect(shown).toBe([...text].filter((char) => !invisibleCharacters.includes(char)).join(''));
      }),
    );
  });
});
