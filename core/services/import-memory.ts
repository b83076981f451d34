import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, on request. SheetJS leaves some 400 MB of garbage behind when it has
 * read a 100,000-row workbook (the unpacked XML, its text, a cell object per cell); V8 would let
 * the import's own allocations pile on top of it before collecting, and the process would peak
 * far above what it holds. Collecting once, right after the workbook is read, keeps the peak at
 * SheetJS's own. `gc` is exposed the way jest's leak detector does it: the flag, then a fresh
 * context, which is handed the function.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}
