import type { TFunction } from 'i18next';
import { ContractError } from '../../shared/contract';

/**
 * What the user reads when a call fails. The contract's own errors already speak plain Danish
 * ("Filen er ikke et udtræk …"); anything else is the connection or the disk, never a stack trace.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ContractError) return error.message;
  if (error instanceof DOMException && error.name === 'NotReadableError') return t('errors.unreadableFile');
  return t('errors.connection');
}
