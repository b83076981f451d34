import { carriedFieldsFromStored, type CarriedFields } from '../../shared/extract-columns';
import type { BatchRow } from '../db/queries';

/** The fields a stored batch's extract has columns for. */
export function carriedFieldsOfBatch(batch: Pick<BatchRow, 'fields'>): CarriedFields {
  return carriedFieldsFromStored(batch.fields);
}
