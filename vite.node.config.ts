import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Node side, bundled to CommonJS in dist/node: Electron's main process, the CLI, the
 * browser host and the import worker share chunks; `better-sqlite3` and `electron` load from
 * node_modules. The preload is a build of its own (`--mode preload`), one self-contained file,
 * because a sandboxed preload can require nothing but `electron`. SheetJS is not bundled: `xlsx`
 * resolves to core/sheetjs-on-demand.ts, which loads it when a workbook is first read or written.
 */
const external = ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  const input: Record<string, string> = preload
    ? { preload: 'electron/preload.ts' }
    : {
        main: 'electron/main.ts',
        cli: 'cli/main.ts',
        'browser-host': 'core/host/browser-main.ts',
        // Started as a worker thread by the hosts (core/services/import-jobs.ts), by this file name.
        'import-worker': 'core/services/import-worker.ts',
      };
  return {
    build: {
      outDir: 'dist/node',
      emptyOutDir: !preload,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input,
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
    ssr: { noExternal: true },
    resolve: { alias: [{ find: /^xlsx$/, replacement: fileURLToPath(new URL('core/sheetjs-on-demand.ts', import.meta.url)) }] },
  };
});
