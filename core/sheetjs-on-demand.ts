import { createRequire } from 'node:module';
import type * as SheetJs from 'xlsx';
import type { SheetJsPort } from '../shared/sheetjs';

/**
 * SheetJS as the Node build sees it (vite.node.config.ts resolves `xlsx` to this module): loaded
 * the first time a workbook is read or written. It is 830 KB of code, and compiling and setting it
 * up took some 30 ms of every start of the CLI, the app's main process and the import worker,
 * though most of what they do never touches a workbook: a CSV import, a worklist, a backup.
 * Loaded then as the package's own CommonJS build, which Node can require on the spot. It
 * implements the port shared/sheetjs.ts declares, the one module of shared/ that imports `xlsx`;
 * the renderer and the tests get the package itself.
 */
type SheetJsLibrary = typeof SheetJs;

let library: SheetJsLibrary | undefined;

function sheetJs(): SheetJsLibrary {
  library ??= createRequire(import.meta.url)('xlsx') as SheetJsLibrary;
  return library;
}

/** An object of SheetJS's that is fetched from the library when one of its members is first asked for. */
function onDemand<T extends object>(get: () => T): T {
  return new Proxy({} as T, { get: (_, key) => Reflect.get(get(), key) as unknown });
}

export const read: SheetJsPort['read'] = (data, options) => sheetJs().read(data, options);
export const write: SheetJsPort['write'] = (book, options) => sheetJs().write(book, options) as unknown;
export const utils: SheetJsPort['utils'] = onDemand(() => sheetJs().utils);
export const SSF: SheetJsPort['SSF'] = onDemand(() => sheetJs().SSF as object);

/** Whether SheetJS has been loaded in this process (for the test that nothing loads it before a workbook). */
export function isSheetJsLoaded(): boolean {
  return library !== undefined;
}
