import { useTranslation } from 'react-i18next';
import type { ValueField } from '../../../shared/extract-columns';
import { fieldOfCheck, type CheckKind } from '../../../shared/follow-up-states';

interface AbsentColumnsNoticeProps {
  absentChecks: readonly CheckKind[];
  absentFields: readonly ValueField[];
  /** The checks' sentence only (a list or the panel names the other fields elsewhere). */
  checksOnly?: boolean;
}

/** What the extract has no column for, said once: unknown for everyone, which is not missing. */
export function AbsentColumnsNotice({ absentChecks, absentFields, checksOnly = false }: AbsentColumnsNoticeProps) {
  const { t } = useTranslation();
  const column = (field: ValueField) => `»${t(`columnMapping.fields.${field}`)}«`;
  const checkFields = absentChecks.map((check) => fieldOfCheck[check]);
  const others = absentFields.filter((field) => !checkFields.includes(field));
  if (checkFields.length === 0 && (checksOnly || others.length === 0)) return null;
  return (
    <div className="notice notice-info" data-testid="absent-columns">
      {checkFields.length > 0 ? (
        <p>
          {t('absent.checks', {
            checks: absentChecks.map((check, index) => `${t(`checks.${check}`).toLowerCase()} (${column(checkFields[index] as ValueField)})`).join(', '),
          })}
        </p>
      ) : null}
      {!checksOnly && others.length > 0 ? <p>{t('absent.fields', { columns: others.map(column).join(', ') })}</p> : null}
    </div>
  );
}
