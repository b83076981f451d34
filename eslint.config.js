import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

/**
 * Layers import one way, as in VS Code, each from an allow-list (eslint-rules/layers.js): shared/
 * is pure (no Node, Electron, SQLite or DOM packages), the renderer reaches only shared/ and its
 * browser packages, core/ and cli/ never reach the UI, and only electron/ imports Electron.
 * test/, scripts/ and the build's own config files are free.
 */
const node = 'node:builtins';
const layerRules = {
  shared: { allow: ['shared/', 'zod', 'xlsx'], only: { xlsx: ['shared/sheetjs.ts'] } },
  renderer: {
    allow: ['renderer/', 'shared/', 'react', 'react-dom', 'i18next', 'react-i18next', 'recharts', '@tanstack/react-virtual', 'zod'],
  },
  // package.json only for the version the summaries name as their maker (core/app-version.ts).
  core: { allow: ['core/', 'shared/', 'package.json', node, 'better-sqlite3', 'xlsx', 'zod'] },
  cli: { allow: ['cli/', 'core/', 'shared/', node] },
  electron: { allow: ['electron/', 'core/', 'shared/', 'electron', node] },
};

// What only a host has: shared/ runs in the renderer and the worker alike, the renderer in a sandbox.
const hostGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate'].map((name) => ({
  name,
  message: 'Node globals belong in core/, cli/ or electron/; hand the value in instead.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...Object.entries(layerRules).map(([layer, options]) => ({
    files: [`${layer}/**/*.{ts,tsx,js,mjs,cjs}`],
    plugins: { layers },
    rules: { 'layers/imports': ['error', { layer: `${layer}/`, ...options }] },
  })),
  {
    files: ['shared/**/*.{ts,tsx,js,mjs,cjs}', 'renderer/**/*.{ts,tsx,js,mjs,cjs}'],
    rules: { 'no-restricted-globals': ['error', ...hostGlobals] },
  },
  // No wall clock in the tests (a test passes its date or `now`) nor in the renderer (today comes from the host).
  {
    files: ['test/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No wall clock here: pass a date or the clock (`now`) in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'No wall clock here: pass a date or the clock (`now`) in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No wall clock here: pass a date or the clock (`now`); performance.now() for elapsed time.' },
      ],
    },
  },
);
