import { describe, expect, it } from 'vitest';
import { validationMessage, type FieldValidity } from '../../../renderer/src/form-validation';
import { setupI18n } from '../../../renderer/src/i18n/setup-i18n';

const valid: FieldValidity = { valueMissing: false, badInput: false, stepMismatch: false, rangeUnderflow: false, rangeOverflow: false, tooLong: false };
const failing = (flag: keyof FieldValidity): FieldValidity => ({ ...valid, [flag]: true });

describe('form validation in the app’s language', () => {
  const da = setupI18n('da').t;
  const en = setupI18n('en').t;

  it('says in Danish why a field is refused, with the field’s own limits', () => {
    expect(validationMessage(failing('valueMissing'), {}, da)).toBe('Udfyld feltet.');
    expect(validationMessage(failing('rangeUnderflow'), { min: '1', max: '120' }, da)).toBe('Skriv et tal fra 1 til 120.');
    expect(validationMessage(failing('rangeOverflow'), { min: '3', max: '20' }, da)).toBe('Skriv et tal fra 3 til 20.');
    expect(validationMessage(failing('rangeUnderflow'), { min: '1' }, da)).toBe('Skriv et tal på mindst 1.');
    expect(validationMessage(failing('rangeOverflow'), { max: '100' }, da)).toBe('Skriv et tal på højst 100.');
    expect(validationMessage(failing('badInput'), {}, da)).toBe('Skriv et helt tal.');
    expect(validationMessage(failing('stepMismatch'), { min: '1', max: '12' }, da)).toBe('Skriv et helt tal.');
    expect(validationMessage(failing('tooLong'), { maxLength: 80 }, da)).toBe('Højst 80 tegn.');
  });

  it('says it in English when the app is in English', () => {
    expect(validationMessage(failing('valueMissing'), {}, en)).toBe('Fill in this field.');
    expect(validationMessage(failing('rangeOverflow'), { min: '0', max: '24' }, en)).toBe('Enter a number from 0 to 24.');
  });
});
