import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/**
 * Layers import one way, as in VS Code: shared/ is pure (no Node, Electron, SQLite or React DOM),
 * the renderer reaches only shared/ and browser packages, core/ and cli/ never reach the UI, and
 * nothing but electron/ imports Electron.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const layer = (patterns, message) => ({ group: patterns, message });

const nodeOnly = layer(['node:*', ...nodeBuiltins], 'Node modules belong in core/, cli/ or electron/.');
const electronOnly = layer(['electron', 'electron/*'], 'Only electron/ may import Electron.');
const sqliteOnly = layer(['better-sqlite3'], 'SQLite is reached only through core/db.');
const uiOnly = layer(['react-dom', 'react-dom/*', '**/renderer/**'], 'The UI is not a dependency of this layer.');
const hostOnly = layer(['**/core/**', '**/cli/**', '**/electron/**'], 'This layer may not reach the hosts.');

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
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly, electronOnly, sqliteOnly, uiOnly, hostOnly] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly, electronOnly, sqliteOnly, hostOnly] }] },
  },
  {
    files: ['core/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnly, uiOnly, layer(['react', 'react/*'], 'The UI is not a dependency of this layer.')] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiOnly, layer(['better-sqlite3'], 'SQLite is reached only through core/db.')] }] },
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
