import { describe, expect, it } from 'vitest';
import { fillTemplate, templateProblems } from '../../../shared/outputs/merge-template';
import { smsLength } from '../../../shared/outputs/sms-length';
import { danishPhone, defaultSmsTemplate, exampleSmsValues, smsList } from '../../../shared/outputs/sms-list';
import { tableCsv } from '../../../shared/outputs/table-csv';
import { values } from './fixtures';

describe('Danish phone numbers', () => {
  it.each([
    ['12345678', '12345678'],
    ['12 34 56 78', '12345678'],
    ['+45 12 34 56 78', '12345678'],
    ['0045-1234-5678', '12345678'],
    ['(+45) 12.34.56.78', '12345678'],
  ])('%j becomes %j', (raw, phone) => expect(danishPhone(raw)).toBe(phone));

  it.each([null, '', '1234567', '123456789', '+46 70 123 45 67', '+4512345', 'ukendt'])('%j is not a usable number', (raw) => {
    expect(danishPhone(raw)).toBeNull();
  });
});

describe('SMS list', () => {
  it('the default template uses only known fields, and a usual patient’s message from it is one SMS', () => {
    expect(templateProblems(defaultSmsTemplate)).toEqual([]);
    const usual = fillTemplate(defaultSmsTemplate, exampleSmsValues('Lægerne i Sydhavnen', '33 12 34 56'));
    expect(smsLength(usual)).toMatchObject({ encoding: 'gsm7', segments: 1 });
  });

  it('has a phone and a filled-in message per patient with a number, and names those left out', () => {
    const list = smsList('Kære {{navn}}, ring på {{telefon}}', [
      { label: 'Åse Ørsted (610170)', phone: '+45 20 30 40 50', values },
      { label: 'Bo Berg (620270)', phone: null, values: { ...values, navn: 'Bo Berg' } },
      { label: 'Carl (630370)', phone: '123', values: { ...values, navn: 'Carl' } },
      { label: '=X (640470)', phone: '-20304050', values: { ...values, navn: '=X' } },
    ]);
    expect(list.table.rows).toEqual([
      { telefon: '20304050', besked: 'Kære Åse Ørsted, ring på 33 12 34 56' },
      { telefon: '20304050', besked: 'Kære =X, ring på 33 12 34 56' },
    ]);
    expect(list.leftOut).toEqual(['Bo Berg (620270): intet telefonnummer', "Carl (630370): telefonnummeret '123' er ikke et dansk nummer på 8 cifre"]);
    expect(list.longMessages).toBe(0);
    const csv = new TextDecoder().decode(tableCsv(list.table));
    expect(csv).toBe('Telefon;Besked\r\n20304050;Kære Åse Ørsted, ring på 33 12 34 56\r\n20304050;Kære =X, ring på 33 12 34 56\r\n');
  });

  it('refuses a template with an unknown field', () => {
    expect(() => smsList('Hej {{fornavn}}', [])).toThrow(/fornavn/);
  });

  it('counts the messages longer than one SMS, an extension character counting twice', () => {
    const recipient = (navn: string) => ({ label: navn, phone: '20304050', values: { ...values, navn } });
    const list = smsList(`{{navn}}${'a'.repeat(150)}`, [recipient('Bo'), recipient('Bo Berg Jensen'), recipient('Bo [x]')]);
    expect(list.table.rows.map((row) => String(row.besked).length)).toEqual([152, 164, 156]);
    // "Bo [x]" is 156 letters but 158 characters to the SMS: still one.
    expect(list.longMessages).toBe(1);
  });
});
