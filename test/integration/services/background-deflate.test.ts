import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BackgroundDeflate, backgroundDeflateFrom, deflaterFor } from '../../../core/services/background-deflate';

const values = Array.from({ length: 12 }, (_, i) => ({ block: i, text: `"Ærø";\r\n${i}`, cells: Array.from({ length: 2000 }, (_, j) => [`Ærø ${i}-${j}`, j]) }));

describe('BackgroundDeflate', () => {
  it("gives back each value's JSON deflated under its number, in any order of taking", () => {
    const deflater = new BackgroundDeflate(1);
    try {
      const ids = values.map((value) => deflater.submit(value));
      for (const at of [7, 0, 11, 3, 1, 2, 4, 5, 6, 8, 9, 10]) {
        expect(inflateRawSync(deflater.take(ids[at]!)).toString('utf8')).toBe(JSON.stringify(values[at]));
      }
    } finally {
      deflater.close();
    }
  });

  it("turns the second thread's failure into an error on this one instead of waiting for ever", () => {
    const deflater = new BackgroundDeflate(42);
    try {
      const id = deflater.submit('x');
      expect(() => deflater.take(id)).toThrow(/Komprimeringen fejlede/);
    } finally {
      deflater.close();
    }
  });
});

describe('deflaterFor', () => {
  it('deflates the same bytes on this thread for a few values as on a second thread for many', () => {
    const few = deflaterFor(backgroundDeflateFrom - 1, 1);
    const many = deflaterFor(backgroundDeflateFrom, 1);
    expect(few).not.toBeInstanceOf(BackgroundDeflate);
    expect(many).toBeInstanceOf(BackgroundDeflate);
    try {
      const here = few.submit(values[0]);
      const there = many.submit(values[0]);
      expect(Buffer.from(few.take(here)).equals(Buffer.from(many.take(there)))).toBe(true);
    } finally {
      few.close();
      many.close();
    }
  });
});
