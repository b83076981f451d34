import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { importExtract } from '../../../core/services/import-service';
import { ContractError } from '../../../shared/contract';
import { samplesDir } from '../../support/samples';
import { cpuMillis } from '../../support/cpu-time';
import { useTempDir } from '../../support/temp-dir';
import { isIntactZipArchive } from '../../../shared/import/zip-check';
import { endRecordAt, incompressibleBytes, packEntry, readZip, strayEndRecord, withEndComment, writeZip, zip64Extra, type PackedEntry, type ZipEntry } from '../../support/zip';

const tempDir = useTempDir();
const sample = readZip(readFileSync(join(samplesDir, 'case-202', 'udtraek_1_30112025.xlsx')));
const sheetName = sample.find((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name))!.name;

/** The sample workbook with one entry's XML replaced or added (or removed, for `null`). */
function withEntry(name: string, xml: string | Buffer | null): Buffer {
  const entries: ZipEntry[] = sample.filter((entry) => entry.name !== name);
  if (xml !== null) entries.push({ name, data: Buffer.isBuffer(xml) ? xml : Buffer.from(xml, 'utf8') });
  return writeZip(entries.map(packEntry));
}

function original(name: string): string {
  return sample.find((entry) => entry.name === name)!.data.toString('utf8');
}

/** A zip whose sheet inflates to `inflated` bytes of spaces, with headers that say `declared`. */
function bomb(inflated: number, declared: number): Buffer {
  const filler = Buffer.alloc(inflated, 0x20);
  const packed: PackedEntry[] = sample.map((entry) =>
    entry.name === sheetName
      ? { name: entry.name, packed: deflateRawSync(filler, { level: 9 }), size: declared, crc: crc32(filler) }
      : packEntry(entry),
  );
  return writeZip(packed);
}

const sheet = original(sheetName);
/** The sample sheet with one more cell, far out: the sheet's range becomes enormous. */
const farCell = (ref: string) =>
  sheet.replace('</sheetData>', `<row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`);
const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) =>
  `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
).join('')}]>`;

/** The sample workbook with a 4 MB picture: the size of the workbook that took SheetJS to 8 GB. */
const fourMegabyteWorkbook = () => writeZip([...sample.map(packEntry), packEntry({ name: 'xl/media/image1.bin', data: incompressibleBytes(4 * 1024 * 1024) })]);
const sampleZip = () => writeZip(sample.map(packEntry));

function withEndField(zip: Buffer, offset: number, value: number): Buffer {
  zip.writeUInt16LE(value, endRecordAt(zip) + offset);
  return zip;
}

/** The sample with the sheet's local header saying "stored" where its directory entry says "deflated". */
function localHeaderStored(): Buffer {
  const zip = sampleZip();
  zip.writeUInt16LE(0, zip.indexOf(Buffer.from(sheetName)) - 30 + 8);
  return zip;
}

const zip64Sheet = () =>
  writeZip(sample.map((entry) => (entry.name === sheetName ? { ...packEntry(entry), centralExtra: zip64Extra(8 * 2 ** 30, packEntry(entry).packed.length) } : packEntry(entry))));

const copiedEndRecord = () => {
  const zip = sampleZip();
  return withEndComment(zip, Buffer.from(zip.subarray(endRecordAt(zip))));
};

/**
 * Archives that tell SheetJS something else than the zip check verified. `zipCheck` says the check
 * itself must refuse them, before SheetJS is ever given them (one of them once took it to 8 GB).
 */
const structural: { label: string; bytes: () => Buffer; zipCheck: boolean }[] = [
  { label: 'control: the sample grown to a 4 MB workbook', bytes: fourMegabyteWorkbook, zipCheck: false },
  { label: 'second end record in the last 21 bytes of a 4 MB workbook', bytes: () => withEndComment(fourMegabyteWorkbook(), strayEndRecord(0)), zipCheck: true },
  { label: 'bytes after the end record, outside its comment', bytes: () => Buffer.concat([sampleZip(), Buffer.from('efter slutningen')]), zipCheck: true },
  { label: 'a copy of the end record inside its own comment', bytes: copiedEndRecord, zipCheck: true },
  { label: 'end record counting 65,535 entries on its disk', bytes: () => withEndField(sampleZip(), 8, 0xffff), zipCheck: true },
  { label: 'local header saying stored, directory saying deflated', bytes: localHeaderStored, zipCheck: true },
  { label: 'ZIP64 extra field declaring the sheet 8 GB', bytes: zip64Sheet, zipCheck: true },
];

const hostile: { label: string; bytes: () => Buffer; zipCheck?: boolean }[] = [
  ...structural,
  { label: 'zip bomb: 1 GB+ declared', bytes: () => bomb(1024 * 1024, 1100 * 1024 * 1024) },
  { label: 'zip bomb: 64 MB inflated, 1 kB declared', bytes: () => bomb(64 * 1024 * 1024, 1024) },
  { label: 'zip bomb: 100 MB of whitespace, declared honestly', bytes: () => bomb(100 * 1024 * 1024, 100 * 1024 * 1024) },
  { label: 'zip bomb: 250 MB of whitespace, under the unpack limit', bytes: () => bomb(250 * 1024 * 1024, 250 * 1024 * 1024) },
  { label: 'zip bomb: 330 MB of whitespace, just over the unpack limit', bytes: () => bomb(330 * 1024 * 1024, 330 * 1024 * 1024) },
  { label: 'sheet XML cut in half', bytes: () => withEntry(sheetName, sheet.slice(0, sheet.length / 2)) },
  { label: 'sheet XML with mismatched tags', bytes: () => withEntry(sheetName, sheet.replace(/<\/row>/g, '</rw>')) },
  { label: 'sheet XML with no root', bytes: () => withEntry(sheetName, '') },
  { label: 'sheet XML with invalid UTF-8', bytes: () => withEntry(sheetName, Buffer.concat([Buffer.from(sheet.slice(0, 400)), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from(sheet.slice(400))])) },
  { label: 'billion laughs in the sheet', bytes: () => withEntry(sheetName, sheet.replace(/^<\?xml[^>]*\?>/, laughs).replace('<sheetData>', '<sheetData>&lol9;')) },
  { label: '200,000-deep nesting in the sheet', bytes: () => withEntry(sheetName, sheet.replace('<sheetData>', `<sheetData>${nested(200_000)}`)) },
  { label: 'cell in the last column', bytes: () => withEntry(sheetName, sheet.replace(/<c r="[A-Z]+2"/, '<c r="XFD2"')) },
  { label: 'one cell at XFD100000', bytes: () => withEntry(sheetName, farCell('XFD100000')) },
  { label: 'one cell at XFD1048576, the last cell of a sheet', bytes: () => withEntry(sheetName, farCell('XFD1048576')) },
  { label: 'cell past the last row', bytes: () => withEntry(sheetName, sheet.replace(/<c r="[A-Z]+2"/, '<c r="A1048577"')) },
  { label: 'negative and huge row numbers', bytes: () => withEntry(sheetName, sheet.replace(/<row r="\d+"/, '<row r="-5"').replace(/<row r="3"/, '<row r="99999999999"')) },
  { label: 'shared-string index out of range', bytes: () => withEntry(sheetName, sheet.replace(/t="inlineStr"><is><t>[^<]*<\/t><\/is>/, 't="s"><v>999999999</v>')) },
  { label: '10 MB attribute', bytes: () => withEntry(sheetName, sheet.replace('<sheetData>', `<sheetData><row x="${'a'.repeat(10_000_000)}"/>`)) },
  { label: 'workbook.xml malformed', bytes: () => withEntry('xl/workbook.xml', original('xl/workbook.xml').replace(/<sheets>/, '<sheets><<')) },
  { label: 'workbook.xml missing', bytes: () => withEntry('xl/workbook.xml', null) },
  { label: 'sharedStrings.xml malformed (added)', bytes: () => withEntry('xl/sharedStrings.xml', '<sst><si><t>ufuldendt') },
  { label: '[Content_Types].xml missing', bytes: () => withEntry('[Content_Types].xml', null) },
];

function fingerprint(ctx: AppContext): string {
  return JSON.stringify([ctx.queries.listBatches(), ctx.queries.countPatients(), ctx.queries.listAudit().length]);
}

describe('hostile XLSX files', () => {
  it('zip bombs and malformed XML are refused in plain Danish (or read), quickly, with the database untouched', () => {
    // Every variant really differs from the sample, so each one tests something.
    for (const { label, bytes } of hostile) expect(bytes().equals(writeZip(sample.map(packEntry))), label).toBe(false);
    const ctx = openAppContext(join(tempDir(), 'hostile.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z') });
    const outcomes: Record<string, string> = {};
    for (const { label, bytes, zipCheck } of hostile) {
      const file = bytes();
      if (zipCheck !== undefined) expect(isIntactZipArchive(file), label).toBe(!zipCheck);
      const before = fingerprint(ctx);
      const started = performance.now();
      const cpuStarted = cpuMillis();
      try {
        const report = importExtract(ctx, { bytes: new Uint8Array(file), fileName: 'udtraek_2026-11-23.xlsx' });
        outcomes[label] = `imported (${report.patientsImported} patients)`;
        ctx.queries.deleteBatchAndOrphans(report.batchId);
      } catch (error) {
        expect(error, label).toBeInstanceOf(ContractError);
        expect((error as ContractError).message, label).toMatch(/[a-zæøå]{3,}/i);
        expect(fingerprint(ctx), label).toBe(before);
        outcomes[label] = `refused: ${(error as ContractError).code}`;
      }
      const elapsed = performance.now() - started;
      const cpu = cpuMillis() - cpuStarted;
      outcomes[label] += ` in ${Math.round(elapsed)} ms (CPU ${Math.round(cpu)} ms)`;
      expect(cpu, label).toBeLessThan(5_000);
    }
    console.log(`Hostile XLSX: ${hostile.length} inputs\n${Object.entries(outcomes).map(([label, outcome]) => `  ${label}: ${outcome}`).join('\n')}`);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ctx.db.close();
  }, 120_000);
});
