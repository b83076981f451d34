import { z } from 'zod';

/** The lists that can be exported, by the names the CLI and the contract use, with their Danish titles. */
export const recallLists = ['annual_overdue', 'eye_missing', 'foot_missing', 'all'] as const;
export const recallListSchema = z.enum(recallLists);
export type RecallList = z.infer<typeof recallListSchema>;

export const recallListTitles: Readonly<Record<RecallList, string>> = {
  annual_overdue: 'Årskontrol overskredet',
  eye_missing: 'Mangler øjenundersøgelse',
  foot_missing: 'Mangler fodundersøgelse',
  all: 'Alle med opfølgningsflag',
};

/** A file-name-safe form of a list's title: `Årskontrol overskredet` → `aarskontrol-overskredet`. */
export function listFileStem(list: RecallList): string {
  return recallListTitles[list]
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
