import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contactStatuses } from '../../../shared/contact-workflow';
import { checkStates } from '../../../shared/follow-up-states';
import { ageBands, worklistSorts, type WorklistFilters, type WorklistSort } from '../../../shared/worklists';

interface WorklistFilterBarProps {
  filters: WorklistFilters;
  search: string;
  sort: WorklistSort;
  descending: boolean;
  gps: readonly string[];
  onFilters: (filters: WorklistFilters) => void;
  onSearch: (search: string) => void;
  onSort: (sort: WorklistSort, descending: boolean) => void;
}

/** A select whose empty choice means "any"; the rest are the given values with their labels. */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T | undefined) => void;
  name: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value === '' ? undefined : (event.target.value as T))}
      >
        <option value="">{t('worklist.any')}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

function without<K extends keyof WorklistFilters>(filters: WorklistFilters, key: K, value: WorklistFilters[K] | undefined): WorklistFilters {
  const next = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function WorklistFilterBar({ filters, search, sort, descending, gps, onFilters, onSearch, onSort }: WorklistFilterBarProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const sortId = useId();
  const vulnerableId = useId();
  const descendingId = useId();
  const types = ['1', '2'] as const;
  return (
    <section className="worklist-filters" aria-label={t('worklist.filtersLabel')}>
      <div className="filter-field search-field">
        <label htmlFor={searchId}>{t('worklist.search')}</label>
        <input id={searchId} type="search" value={search} onChange={(event) => onSearch(event.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      <FilterSelect name="gp" label={t('worklist.gp')} value={filters.gp} options={gps} labelOf={(gp) => gp} onChange={(gp) => onFilters(without(filters, 'gp', gp))} />
      <FilterSelect
        name="diabetesType"
        label={t('worklist.diabetesType')}
        value={filters.diabetesType === undefined ? undefined : (String(filters.diabetesType) as '1' | '2')}
        options={types}
        labelOf={(type) => t(type === '1' ? 'worklist.type1' : 'worklist.type2')}
        onChange={(type) => onFilters(without(filters, 'diabetesType', type === undefined ? undefined : type === '1' ? 1 : 2))}
      />
      <FilterSelect name="ageBand" label={t('worklist.ageBand')} value={filters.ageBand} options={ageBands} labelOf={(band) => band} onChange={(band) => onFilters(without(filters, 'ageBand', band))} />
      <FilterSelect name="state" label={t('worklist.state')} value={filters.state} options={checkStates} labelOf={(state) => t(`states.${state}`)} onChange={(state) => onFilters(without(filters, 'state', state))} />
      <FilterSelect
        name="contactStatus"
        label={t('worklist.contactStatus')}
        value={filters.contactStatus}
        options={contactStatuses}
        labelOf={(status) => t(`contactStatuses.${status}`)}
        onChange={(status) => onFilters(without(filters, 'contactStatus', status))}
      />
      <div className="filter-field filter-check">
        <input
          id={vulnerableId}
          type="checkbox"
          checked={filters.vulnerable === true}
          onChange={(event) => onFilters(without(filters, 'vulnerable', event.target.checked ? true : undefined))}
        />
        <label htmlFor={vulnerableId}>{t('worklist.vulnerableOnly')}</label>
      </div>
      <div className="filter-field">
        <label htmlFor={sortId}>{t('worklist.sort')}</label>
        <select id={sortId} value={sort} onChange={(event) => onSort(event.target.value as WorklistSort, descending)}>
          {worklistSorts.map((option) => (
            <option key={option} value={option}>
              {t(`worklist.sorts.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field filter-check">
        <input id={descendingId} type="checkbox" checked={descending} onChange={(event) => onSort(sort, event.target.checked)} />
        <label htmlFor={descendingId}>{t('worklist.descending')}</label>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          onFilters({});
          onSearch('');
        }}
      >
        {t('worklist.clearFilters')}
      </button>
    </section>
  );
}
