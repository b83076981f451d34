import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, run on snippets placed at paths in each layer (files that
// need not exist), so what is checked is the configuration `npm run lint` uses.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer lint', () => {
  it("reports a dynamic import('node:fs') in shared/", async () => {
    expect(await problems('shared/layer-probe.ts', "export const load = () => import('node:fs');\n")).toEqual([
      expect.stringMatching(/^layers\/imports: shared\/ may not import 'node:fs' \(node:builtins\)/),
    ]);
  });

  it('reports an import() whose module it cannot see, and a require in shared/', async () => {
    const found = await problems('shared/layer-probe.ts', "export const load = (name: string) => [import(name), require('zod')];\n");
    expect(found).toEqual([
      expect.stringMatching(/^layers\/imports: shared\/ may import only modules named by a plain string/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'require'/),
      expect.stringMatching(/^@typescript-eslint\/no-require-imports/),
    ]);
  });

  it('reports a Node-only package and process in shared/', async () => {
    const found = await problems('shared/layer-probe.ts', "import Database from 'better-sqlite3';\nexport const db = new Database(process.env.DB ?? ':memory:');\n");
    expect(found).toEqual([
      expect.stringMatching(/^layers\/imports: shared\/ may not import 'better-sqlite3' \(better-sqlite3\): it may import only shared\/, zod, xlsx/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'/),
    ]);
  });

  it('reports a package no layer list names, and process, in the renderer', async () => {
    const found = await problems('renderer/src/layer-probe.tsx', "import { readFile } from 'fs';\nexport const home = process.cwd();\nexport { readFile };\n");
    expect(found).toEqual([
      expect.stringMatching(/^layers\/imports: renderer\/ may not import 'fs' \(node:builtins\)/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'/),
    ]);
  });

  it('reports core/ importing cli/, also through export … from and import() types', async () => {
    const found = await problems(
      'core/services/layer-probe.ts',
      "import { main } from '../../cli/main';\nexport * from '../../cli/cli-output';\nexport type Run = typeof import('../../cli/main');\nexport { main };\n",
    );
    expect(found).toHaveLength(3);
    for (const problem of found) expect(problem).toMatch(/^layers\/imports: core\/ may not import '\.\.\/\.\.\/cli\/[\w-]+' \(cli\/\)/);
  });

  it('holds SheetJS in shared/ to its one door, shared/sheetjs.ts', async () => {
    const code = "export { read } from 'xlsx';\n";
    expect(await problems('shared/summary/layer-probe.ts', code)).toEqual([
      expect.stringMatching(/^layers\/imports: 'xlsx' is imported in shared\/ only by shared\/sheetjs\.ts/),
    ]);
    expect(await problems('shared/sheetjs.ts', code)).toEqual([]);
  });

  it('lets each layer import what its list allows', async () => {
    expect(await problems('shared/layer-probe.ts', "import { z } from 'zod';\nimport { parseCpr } from './cpr';\nexport const both = [z, parseCpr];\n")).toEqual([]);
    expect(
      await problems(
        'renderer/src/layer-probe.tsx',
        "import { useState } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { useVirtualizer } from '@tanstack/react-virtual';\nimport { contract } from '../../shared/contract';\nexport const all = [useState, createRoot, useVirtualizer, contract, import('./app')];\n",
      ),
    ).toEqual([]);
    expect(await problems('core/db/layer-probe.ts', "import Database from 'better-sqlite3';\nexport const fs = import('node:fs');\nexport { Database };\n")).toEqual([]);
    expect(await problems('cli/layer-probe.ts', "import { join } from 'node:path';\nimport { openAppContext } from '../core/app-context';\nexport { join, openAppContext };\n")).toEqual([]);
    expect(await problems('electron/layer-probe.ts', "import { app } from 'electron';\nimport { openLogger } from '../core/log';\nexport { app, openLogger };\n")).toEqual([]);
  });

  it('leaves test/ and scripts/ free', async () => {
    expect(await problems('test/unit/layer-probe.test.ts', "import { app } from 'electron';\nimport { main } from '../../cli/main';\nexport const all = [app, main, process.cwd()];\n")).toEqual([]);
  });
});
