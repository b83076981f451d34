import { useTranslation } from 'react-i18next';
import { flagFilters, type FilterCounts, type FlagFilter } from '../patient-filter';

interface FlagFilterButtonsProps {
  value: FlagFilter;
  counts: FilterCounts;
  onChange: (filter: FlagFilter) => void;
}

/**
 * Toggle buttons (aria-pressed) rather than ARIA tabs: each one is a plain Tab stop that works
 * with Enter and Space, which is what a user who never heard of "tabpanel" expects.
 */
export function FlagFilterButtons({ value, counts, onChange }: FlagFilterButtonsProps) {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('patients.filterLabel')} className="filter-buttons">
      {flagFilters.map((filter) => (
        <button
          key={filter}
          type="button"
          className={`filter-button filter-${filter}`}
          aria-pressed={value === filter}
          onClick={() => onChange(filter)}
          data-filter={filter}
        >
          {filter === 'all' ? t('patients.filterAll') : t(`flags.${filter}`)}
          <span className="filter-count">{counts[filter].toLocaleString(i18n.language)}</span>
        </button>
      ))}
    </div>
  );
}
