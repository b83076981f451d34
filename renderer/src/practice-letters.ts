import { practiceLetter } from '../../shared/summary/network-aggregate';

/**
 * Each practice's letter as the benchmark gives it (`benchmark` in network-aggregate.ts): in the
 * order the practices' files were first imported, one letter per practice label. The file table
 * above the benchmark shows these while names are off, so the screen never pairs a letter with a
 * name.
 */
export function practiceLetters(entries: readonly { id: number; label: string }[]): Map<string, string> {
  const letters = new Map<string, string>();
  for (const entry of [...entries].sort((a, b) => a.id - b.id)) {
    if (!letters.has(entry.label)) letters.set(entry.label, practiceLetter(letters.size));
  }
  return letters;
}
