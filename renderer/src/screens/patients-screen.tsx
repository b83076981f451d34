import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlaggedPatient } from '../../../shared/contract';
import { ErrorAlert } from '../components/error-alert';
import { FlagFilterButtons } from '../components/flag-filter-buttons';
import { PatientTable } from '../components/patient-table';
import { ScreenHeading } from '../components/screen-heading';
import { useContractClient } from '../contract-client-context';
import { formatDate } from '../display-format';
import { errorMessage } from '../error-message';
import { countByFlag, filterPatients, sortByName, type FlagFilter } from '../patient-filter';

interface PatientsScreenProps {
  filter: FlagFilter;
  onFilterChange: (filter: FlagFilter) => void;
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; asOf: string | null; patients: FlaggedPatient[] };

/**
 * Patienter: the recall worklist. The whole flagged list is fetched once and filtered here, so
 * switching flag or typing a name answers at once and the counts on the buttons always agree.
 */
export function PatientsScreen({ filter, onFilterChange }: PatientsScreenProps) {
  const client = useContractClient();
  const { t } = useTranslation();
  const searchId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [query, setQuery] = useState('');
  // Typing stays responsive while a long list is filtered behind it.
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    let current = true;
    client
      .call('flags:list', {})
      .then(({ asOf, patients }) => {
        if (current) setLoaded({ state: 'ready', asOf, patients: sortByName(patients) });
      })
      .catch((caught: unknown) => {
        if (current) setLoaded({ state: 'failed', message: errorMessage(caught, t) });
      });
    return () => {
      current = false;
    };
  }, [client, t]);

  const emptyMessage = (noData: boolean, flagged: number, search: string) => {
    if (noData) return t('patients.emptyNoData');
    if (flagged === 0) return t('patients.emptyNoFlags');
    return search.trim() === '' ? t('patients.emptyNoneWithFlag') : t('patients.emptyNoMatch');
  };

  const all = loaded.state === 'ready' ? loaded.patients : [];
  const counts = useMemo(() => countByFlag(all), [all]);
  const shown = useMemo(() => filterPatients(all, filter, deferredQuery), [all, filter, deferredQuery]);

  return (
    <div className="patients-screen">
      <div className="screen-intro">
        <ScreenHeading>{t('patients.title')}</ScreenHeading>
        {loaded.state === 'ready' && loaded.asOf ? (
          <p className="muted" data-testid="patients-as-of">
            {t('patients.asOf', { date: formatDate(loaded.asOf) })}
          </p>
        ) : null}
      </div>

      {loaded.state === 'failed' ? <ErrorAlert title={t('errors.loadFailed')} message={loaded.message} /> : null}
      {loaded.state === 'loading' ? (
        <p role="status" className="busy">
          <span className="spinner" aria-hidden="true" />
          {t('app.loading')}
        </p>
      ) : null}

      {loaded.state === 'ready' ? (
        <>
          <div className="patients-toolbar">
            <FlagFilterButtons value={filter} counts={counts} onChange={onFilterChange} />
            <div className="search-field">
              <label htmlFor={searchId}>{t('patients.search')}</label>
              <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
            </div>
          </div>
          <p className="row-count" role="status" data-testid="row-count">
            {t('patients.rowCount', { count: counts[filter], shown: shown.length })}
          </p>
          {shown.length > 0 ? (
            <PatientTable patients={shown} />
          ) : (
            <p className="panel empty-state">
              {emptyMessage(loaded.asOf === null, all.length, deferredQuery)}
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
