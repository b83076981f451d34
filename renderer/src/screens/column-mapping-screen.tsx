import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtractField } from '../../../shared/care-plan';
import { columnMappingFrom, initialMapping, mappingProblems, type MappingChoices } from '../column-mapping';
import { MappingColumnRow } from '../components/mapping-column-row';
import { ScreenHeading } from '../components/screen-heading';
import type { MappingRequest } from '../hooks/use-extract-import';

interface ColumnMappingScreenProps {
  request: MappingRequest;
  onImport: (mapping: Record<string, ExtractField | null>) => void;
  onCancel: () => void;
}

/**
 * When a file's columns are named in a way Tovholder does not know: each of the file's columns
 * with its first values and the field it is read as, pre-selected where a header is known or can
 * be guessed. The choice is saved for this set of headers and used by itself next time. The
 * buttons stay in view below a long list of columns.
 */
export function ColumnMappingScreen({ request, onImport, onCancel }: ColumnMappingScreenProps) {
  const { t } = useTranslation();
  const headers = request.columns.map((column) => column.header);
  const [initial] = useState(() => initialMapping(headers));
  const [choices, setChoices] = useState<MappingChoices>(initial.choices);
  const [tried, setTried] = useState(false);
  const problems = mappingProblems(choices);

  const submit = () => {
    setTried(true);
    if (problems.length === 0) onImport(columnMappingFrom(choices, headers));
  };

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('columnMapping.title')}</ScreenHeading>
        <p className="muted file-name">{t('columnMapping.file', { fileName: request.file.name })}</p>
      </div>
      <section className="panel mapping-panel" aria-labelledby="mapping-intro">
        <p id="mapping-intro">{t('columnMapping.intro')}</p>
        <p className="muted">{t('columnMapping.saved')}</p>
        <table className="mapping-table">
          <caption className="visually-hidden">{t('columnMapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnMapping.column')}</th>
              <th scope="col">{t('columnMapping.samples')}</th>
              <th scope="col">{t('columnMapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {request.columns.map((column, index) => (
              <MappingColumnRow
                key={column.header}
                id={`mapping-column-${index}`}
                column={column}
                field={choices[column.header] ?? ''}
                guessed={initial.sources[column.header] === 'guessed' && choices[column.header] === initial.choices[column.header]}
                onChange={(field) => setChoices({ ...choices, [column.header]: field })}
              />
            ))}
          </tbody>
        </table>
        <div className="mapping-actions">
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
            <p className="muted">{t('columnMapping.required')}</p>
          </div>
        </div>
      </section>
    </>
  );
}
