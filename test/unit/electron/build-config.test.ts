import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { externalLinkOrigins, isAllowedExternalLink } from '../../../electron/external-links';

const root = new URL('../../../', import.meta.url);
const builderYml = readFileSync(new URL('electron-builder.yml', root), 'utf8');

/** The `key: value` lines of one top-level block of electron-builder.yml. */
function block(name: string): Record<string, string> {
  const lines = builderYml.split('\n');
  const start = lines.indexOf(`${name}:`);
  expect(start, `${name} in electron-builder.yml`).toBeGreaterThanOrEqual(0);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+): (.+)$/.exec(line);
    if (!match) break;
    entries[match[1]!] = match[2]!.trim();
  }
  return entries;
}

describe('the installer build (electron-builder.yml)', () => {
  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, cookies encrypted, ASAR checked and required', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(builderYml).toMatch(/^asar: true$/m);
  });

  it('builds a per-user Windows installer that needs no administrator', () => {
    expect(block('nsis')).toMatchObject({ oneClick: 'false', perMachine: 'false', allowElevation: 'false' });
  });

  it('names the product and its icon in build/', () => {
    expect(builderYml).toMatch(/^productName: Tovholder$/m);
    expect(builderYml).toMatch(/^ {2}buildResources: build$/m);
    const png = readFileSync(new URL('build/icon.png', root));
    // PNG signature, then the IHDR width and height: electron-builder needs at least 256×256 (512 for macOS).
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});

describe('the Electron version', () => {
  const pinned = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { devDependencies: Record<string, string> })
    .devDependencies.electron!;

  it('is pinned exactly', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  /**
   * Electron supports its three newest majors and ships a major every eight weeks (39 on
   * 2025-10-28). The estimate rounds down, so it calls a major unsupported only once it surely is.
   */
  const newestElectronMajor = (on: string) => 39 + Math.floor((Date.parse(on) - Date.parse('2025-10-28')) / (8 * 7 * 86_400_000));

  it.each([
    ['2025-10-28', 39],
    ['2025-12-22', 39],
    ['2025-12-23', 40],
    ['2026-09-29', 45],
    ['2028-02-29', 54],
  ])('estimates the newest major on %s as %i', (on, major) => {
    expect(newestElectronMajor(on)).toBe(major);
  });

  /**
   * Checked on the day the pin was last reviewed, not on the day the suite runs: whether Electron
   * needs updating is a maintenance decision, and the suite must give the same answer on any day.
   * Move the date when the pin is reviewed.
   */
  const pinReviewedOn = '2026-11-23';
  it(`was one of the majors Electron still supported when the pin was reviewed (${pinReviewedOn})`, () => {
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(newestElectronMajor(pinReviewedOn) - 2);
  });
});

describe('links handed to the system browser (shell.openExternal)', () => {
  it('allows only the listed HTTPS origins', () => {
    expect(externalLinkOrigins.every((origin) => origin.startsWith('https://'))).toBe(true);
    expect(isAllowedExternalLink('https://www.sundhed.dk/borger/')).toBe(true);
    expect(isAllowedExternalLink('https://www.dsam.dk/vejledninger/type2')).toBe(true);
  });

  it('refuses every other scheme, host, port or embedded credentials', () => {
    for (const url of [
      'http://www.sundhed.dk/',
      'https://www.sundhed.dk.evil.example/',
      'https://evil.example/?https://www.sundhed.dk',
      'https://user:pw@www.sundhed.dk/',
      'https://www.sundhed.dk:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'not a url',
    ]) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });
});
