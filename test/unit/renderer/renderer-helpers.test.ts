import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { formatCpr, formatDate } from '../../../renderer/src/display-format';
import { bytesToBase64, localIsoDate } from '../../../renderer/src/file-upload';

describe('index.html', () => {
  it("carries the app's Content-Security-Policy and no inline script or style", () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).toMatch(/<html lang="da">/);
  });
});

describe('display formats', () => {
  it('writes CPR numbers DDMMYY-SSSS and dates DD-MM-YYYY', () => {
    expect(formatCpr('0302341031')).toBe('030234-1031');
    expect(formatDate('2026-05-31')).toBe('31-05-2026');
  });
});

describe('file upload', () => {
  it('base64-encodes large files in chunks exactly as Node does', () => {
    const bytes = new Uint8Array(5_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([0xc6, 0xd8, 0xc5]))).toBe('xtjF');
  });

  it('takes the local calendar date of the modification time', () => {
    expect(localIsoDate(new Date(2026, 4, 31, 23, 59).getTime())).toBe('2026-05-31');
  });
});
