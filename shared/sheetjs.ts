import type * as SheetJsPackage from 'xlsx';

/**
 * SheetJS as shared/ sees it: a port, and the one module in shared/ that names `xlsx` (the
 * layer lint holds every other file to it). What stands behind it depends on the build. The
 * renderer and the tests get the package itself. The Node build (vite.node.config.ts) resolves
 * `xlsx` to core/sheetjs-on-demand.ts, which implements this port and loads the 830 KB library
 * only when a workbook is first read or written, so a CSV import, a worklist or a backup never
 * pays for it. Members are re-exported, never copied into an object here, so that nothing asks
 * the library for anything when this module loads.
 */
export interface SheetJsPort {
  read: typeof SheetJsPackage.read;
  write: typeof SheetJsPackage.write;
  utils: typeof SheetJsPackage.utils;
  SSF: typeof SheetJsPackage.SSF;
}

export { read, SSF, utils, write } from 'xlsx';
export type { CellObject, WorkBook, WorkSheet } from 'xlsx';
