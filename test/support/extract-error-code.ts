import { ExtractError } from '../../shared/import/extract-result';

/** The ExtractError code an action is refused with, or 'no error'; any other failure is rethrown. */
export function extractErrorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ExtractError) return error.code;
    throw error;
  }
  return 'no error';
}
