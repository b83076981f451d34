import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run check:package`: packs the app with electron-builder exactly as electron-builder.yml says,
 * but around a stand-in for Electron's binary (which cannot be downloaded here), then checks what
 * the package holds: the app's files; the production dependencies, SheetJS (loaded on demand from
 * node_modules) and better-sqlite3 with what it requires; better-sqlite3's native module unpacked
 * beside the archive; the fuses set as configured. Last it runs the packaged CLI with plain Node on
 * a sample workbook and a sample text file. The native module stays Node's own build here
 * (npmRebuild off: rebuilding for Electron's ABI downloads Electron's headers), which is what lets
 * Node run it.
 */
const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'tovholder-package-'));
const problems: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`  ${ok ? 'ok  ' : 'FEJL'} ${what}`);
  if (!ok) problems.push(what);
};

// The fuse wire as Electron's binary carries it: a sentinel, the wire's version and length, then a
// byte per fuse. Every fuse starts enabled, so the ones the configuration turns off show.
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseCount = 8;
const standIn = join(work, 'electron-dist');
mkdirSync(join(standIn, 'resources'), { recursive: true });
writeFileSync(join(standIn, 'electron'), `#!/bin/sh\n# ${sentinel}\u0001${String.fromCharCode(fuseCount)}${'1'.repeat(fuseCount)}\n`, 'latin1');
chmodSync(join(standIn, 'electron'), 0o755);
const electronVersion = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['electron']!;
writeFileSync(join(standIn, 'version'), electronVersion);

const out = join(work, 'release');
console.log('Pakker med electron-builder ...');
const build = spawnSync(
  'npx',
  ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${standIn}`, '-c.npmRebuild=false', `-c.directories.output=${out}`],
  { cwd: repo, encoding: 'utf8' },
);
check(build.status === 0, `electron-builder pakkede appen${build.status === 0 ? '' : `: ${build.stderr.trim().split('\n').at(-1) ?? ''}`}`);

const unpacked = join(out, 'linux-unpacked');
const archive = join(unpacked, 'resources', 'app.asar');
if (existsSync(archive)) {
  const files = new Set(listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/')));
  for (const file of [
    '/package.json',
    '/dist/node/main.cjs',
    '/dist/node/preload.cjs',
    '/dist/node/import-worker.cjs',
    '/dist/renderer/index.html',
    '/node_modules/xlsx/xlsx.js',
    '/node_modules/better-sqlite3/lib/index.js',
    '/node_modules/bindings/bindings.js',
  ]) {
    check(files.has(file), `arkivet har ${file}`);
  }
  check(![...files].some((file) => file.startsWith('/node_modules/electron/') || file.startsWith('/node_modules/vite/')), 'arkivet har ingen udviklingspakker');
  check(
    existsSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
    "better-sqlite3's native modul ligger udpakket ved siden af arkivet",
  );

  const wire = await getCurrentFuseWire(join(unpacked, 'tovholder'));
  const expected: [FuseV1Options, boolean][] = [
    [FuseV1Options.RunAsNode, false],
    [FuseV1Options.EnableCookieEncryption, true],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    [FuseV1Options.EnableNodeCliInspectArguments, false],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    [FuseV1Options.OnlyLoadAppFromAsar, true],
    [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ];
  for (const [fuse, on] of expected) {
    check(wire[fuse] === (on ? 49 : 48), `sikringen ${FuseV1Options[fuse]} er ${on ? 'slået til' : 'slået fra'}`);
  }

  const app = join(work, 'app');
  extractAll(archive, app);
  const samples = join(repo, 'test', 'fixtures', 'samples', 'case-202');
  const db = join(work, 'check.sqlite');
  for (const [file, rows] of [
    ['udtraek_1_30112025.xlsx', 32],
    ['udtraek_2.txt', 30],
  ] as const) {
    const run = spawnSync(process.execPath, [join(app, 'dist', 'node', 'cli.cjs'), 'import', join(samples, file), '--db', db, '--json'], { encoding: 'utf8' });
    const report = run.status === 0 ? (JSON.parse(run.stdout) as { rowsRead: number }) : null;
    check(report?.rowsRead === rows, `den pakkede CLI indlæser ${file} (${rows} rækker)${run.status === 0 ? '' : `: ${run.stderr.trim()}`}`);
  }
}

rmSync(work, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`Pakken mangler noget: ${problems.length} fejl.`);
  process.exit(1);
}
console.log('Pakken holder alt, appen skal bruge.');
