import { describe, expect, it } from 'vitest';
import { practiceLetters } from '../../../renderer/src/practice-letters';

describe('practice letters in the coordinator’s file table', () => {
  it('gives letters in the order the practices were first imported, one per practice across periods', () => {
    const letters = practiceLetters([
      { id: 7, label: 'Lægerne Syd' },
      { id: 3, label: 'Lægehuset Nord' },
      { id: 9, label: 'Lægehuset Nord' },
      { id: 12, label: 'Klinik Vest' },
    ]);
    expect([...letters]).toEqual([
      ['Lægehuset Nord', 'A'],
      ['Lægerne Syd', 'B'],
      ['Klinik Vest', 'C'],
    ]);
  });

  it('goes on past Z as the benchmark does', () => {
    const letters = practiceLetters(Array.from({ length: 28 }, (_, id) => ({ id, label: `P${id}` })));
    expect([letters.get('P25'), letters.get('P26'), letters.get('P27')]).toEqual(['Z', 'AA', 'AB']);
  });
});
