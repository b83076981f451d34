import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtractField } from '../../../shared/care-plan';
import { followUpFields } from '../../../shared/import/headers';
import { columnMappingFrom, initialChoices, mappingFieldOrder, mappingProblems, type MappingChoices } from '../column-mapping';
import { ScreenHeading } from '../components/screen-heading';
import type { MappingRequest } from '../hooks/use-extract-import';

interface ColumnMappingScreenProps {
  request: MappingRequest;
  onImport: (mapping: Record<string, ExtractField | null>) => void;
  onCancel: () => void;
}

/**
 * When a file's columns are named in a way Tovholder does not know: the fields beside a list of
 * the file's own headers. The choice is saved for this set of headers and used by itself next time.
 */
export function ColumnMappingScreen({ request, onImport, onCancel }: ColumnMappingScreenProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<MappingChoices>(() => initialChoices(request.headers));
  const [tried, setTried] = useState(false);
  const problems = mappingProblems(choices);

  const submit = () => {
    setTried(true);
    if (problems.length === 0) onImport(columnMappingFrom(choices, request.headers));
  };

  const required = (field: ExtractField) => field === 'cpr' || followUpFields.includes(field);

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('columnMapping.title')}</ScreenHeading>
        <p className="muted file-name">{t('columnMapping.file', { fileName: request.file.name })}</p>
      </div>
      <section className="panel" aria-labelledby="mapping-intro">
        <p id="mapping-intro">{t('columnMapping.intro')}</p>
        <p className="muted">{request.message}</p>
        <p className="muted">{t('columnMapping.saved')}</p>
        <table className="mapping-table">
          <caption className="visually-hidden">{t('columnMapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnMapping.field')}</th>
              <th scope="col">{t('columnMapping.column')}</th>
            </tr>
          </thead>
          <tbody>
            {mappingFieldOrder.map((field) => (
              <tr key={field} className={required(field) ? 'mapping-required' : undefined}>
                <th scope="row">
                  <label htmlFor={`mapping-${field}`}>
                    {t(`columnMapping.fields.${field}`)}
                    {field === 'cpr' ? <span className="muted"> {t('columnMapping.requiredCpr')}</span> : null}
                    {field !== 'cpr' && required(field) ? <span className="muted"> {t('columnMapping.requiredFollowUp')}</span> : null}
                  </label>
                </th>
                <td>
                  <select
                    id={`mapping-${field}`}
                    value={choices[field]}
                    onChange={(event) => setChoices({ ...choices, [field]: event.target.value })}
                  >
                    <option value="">{t('columnMapping.none')}</option>
                    {request.headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {tried && problems.length > 0 ? (
          <div role="alert" className="notice notice-warning">
            {problems.map((problem) => (
              <p key={problem}>{t(`columnMapping.problems.${problem}`)}</p>
            ))}
          </div>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={submit}>
            {t('columnMapping.import')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('columnMapping.cancel')}
          </button>
        </div>
      </section>
    </>
  );
}
