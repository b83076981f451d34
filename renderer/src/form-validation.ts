import type { TFunction } from 'i18next';
import type { FormEvent } from 'react';

/** The parts of `ValidityState` the app's fields can fail on. */
export type FieldValidity = Pick<ValidityState, 'valueMissing' | 'badInput' | 'stepMismatch' | 'rangeUnderflow' | 'rangeOverflow' | 'tooLong'>;

export interface FieldLimits {
  min?: string;
  max?: string;
  maxLength?: number;
}

/**
 * Why a field is refused, in the app's language. The browser's own sentence follows the
 * operating system's language ("Please fill out this field." on an English Windows), not the
 * app's, so the app says it itself.
 */
export function validationMessage(validity: FieldValidity, limits: FieldLimits, t: TFunction): string {
  const { min, max } = limits;
  if (validity.valueMissing) return t('validation.valueMissing');
  if (validity.badInput || validity.stepMismatch) return t('validation.wholeNumber');
  if (validity.rangeUnderflow || validity.rangeOverflow) {
    if (min && max) return t('validation.between', { min, max });
    return validity.rangeUnderflow ? t('validation.atLeast', { min }) : t('validation.atMost', { max });
  }
  if (validity.tooLong && limits.maxLength !== undefined) return t('validation.tooLong', { count: limits.maxLength });
  return t('validation.invalid');
}

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * Props that keep the browser's check of a field (it stops the form and points at the field)
 * with the app's own words: spread onto an input or select.
 */
export function localValidation(t: TFunction) {
  return {
    onInvalid: (event: FormEvent<Field>) => {
      const field = event.currentTarget;
      const limits = field instanceof HTMLInputElement ? { min: field.min, max: field.max, ...(field.maxLength >= 0 ? { maxLength: field.maxLength } : {}) } : {};
      field.setCustomValidity(validationMessage(field.validity, limits, t));
    },
    // The message is set by the check; any change takes it back, so the next check starts clean.
    onInput: (event: FormEvent<Field>) => event.currentTarget.setCustomValidity(''),
  };
}
