/**
 * Each batch records the fields its extract carries a column for (`fields`, a JSON array of the
 * format's field names): a check or rule whose column the extract lacks says nothing about anyone.
 *
 * Batches imported before this migration did not record their columns. A field is taken as carried
 * when at least one snapshot of the batch holds a value for it: an absent column leaves every
 * snapshot empty, so this never invents a column, and a column that was present but empty for
 * every patient is read as absent, which is the safe side (no one is flagged for it). Diagnosis,
 * primary site and sex have the format's defaults and are taken as carried.
 *
 * The field list and positions are written out here, not taken from queries.ts: a released
 * migration is never edited, and its SQL must not change when the code around it does.
 */
const documentFields: readonly (readonly [string, number])[] = [
  ['name', 0], ['practice', 1], ['gp', 2], ['hba1c', 5], ['hba1c_date', 6], ['hba1c_target', 7],
  ['bp_systolic', 8], ['bp_diastolic', 9], ['ualb', 10], ['smoking', 11], ['ace_at2', 12], ['statin', 13],
  ['annual_check', 14], ['eye_exam', 15], ['foot_exam', 16], ['rehab', 17], ['phone', 18],
];
const formatOrder = [
  'name', 'sex', 'practice', 'gp', 'diagnosis', 'primary_site', 'hba1c', 'hba1c_date', 'hba1c_target', 'bp_systolic',
  'bp_diastolic', 'ualb', 'smoking', 'ace_at2', 'statin', 'annual_check', 'eye_exam', 'foot_exam', 'rehab', 'phone',
];
const alwaysCarried = new Set(['sex', 'diagnosis', 'primary_site']);

const carriedSql = (field: string): string => {
  if (alwaysCarried.has(field)) return `'${field}'`;
  const position = documentFields.find(([name]) => name === field)?.[1];
  return `CASE WHEN EXISTS (SELECT 1 FROM snapshots s WHERE s.batch_id = b.id AND s.plan ->> ${position} IS NOT NULL) THEN '${field}' END`;
};

export const sql = `
ALTER TABLE import_batches ADD COLUMN fields TEXT NOT NULL DEFAULT '[]';

UPDATE import_batches AS b SET fields = (
  SELECT json_group_array(field) FROM (
    SELECT field FROM (${formatOrder.map((field, order) => `SELECT ${order} AS ord, ${carriedSql(field)} AS field`).join(' UNION ALL ')})
    WHERE field IS NOT NULL ORDER BY ord
  )
);
`;
