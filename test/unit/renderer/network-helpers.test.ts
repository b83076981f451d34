import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../../renderer/src/exported-file';
import { bytesToBase64 } from '../../../renderer/src/file-upload';
import { formatShare } from '../../../shared/shares';
import { cellText, shareText, targetText } from '../../../shared/summary/summary-display';
import { summaryFileName } from '../../../shared/summary/summary-workbook';

describe('network screen helpers', () => {
  it('round-trips file bytes through base64', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 254, 255, 0x50, 0x4b]);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('writes shares the way each language does, and nothing for a hidden share', () => {
    expect(formatShare(0.7407, 'da').replace(/\u00a0/g, ' ')).toBe('74,1 %');
    expect(formatShare(0.7407, 'en')).toBe('74.1%');
    expect(formatShare(null, 'da')).toBe('');
    expect(shareText(0.7407)).toBe('74,1 %');
  });

  it('marks every hidden cell x, without saying which was small, and names files without odd characters', () => {
    expect(cellText({ count: null })).toBe('x');
    expect(cellText({ count: 12 })).toBe('12');
    expect(targetText({ comparator: '>=', percent: 95 })).toBe('≥ 95 %');
    expect(summaryFileName('Lægehuset Østerbro / Nord', '2026-05-31', 'json')).toBe('tovholder-opgoerelse_laegehuset-oesterbro-nord_2026-05-31.json');
    expect(summaryFileName('***', '2026-05-31', 'xlsx')).toBe('tovholder-opgoerelse_praksis_2026-05-31.xlsx');
  });
});
