import { useTranslation } from 'react-i18next';
import type { CheckKind } from '../../../shared/follow-up-states';
import { isListUnknown, worklistNames, type WorklistCounts, type WorklistName } from '../../../shared/worklists';

interface WorklistTabsProps {
  /** Null while a list of what changed between extracts is shown instead. */
  value: WorklistName | null;
  counts: WorklistCounts | null;
  /** A list whose check the extract has no column for shows no count: it is unknown, not 0. */
  absentChecks: readonly CheckKind[];
  onChange: (list: WorklistName) => void;
}

/**
 * The lists as toggle buttons with their counts: each is a plain Tab stop that works with
 * Enter and Space, which is what a user who never heard of "tabpanel" expects.
 */
export function WorklistTabs({ value, counts, absentChecks, onChange }: WorklistTabsProps) {
  const { t, i18n } = useTranslation();
  const countText = (list: WorklistName) => {
    if (isListUnknown(list, absentChecks)) return '–';
    return counts ? counts[list].toLocaleString(i18n.language) : '…';
  };
  return (
    <div role="group" aria-label={t('worklist.listsLabel')} className="filter-buttons worklist-tabs">
      {worklistNames.map((list) => (
        <button
          key={list}
          type="button"
          className={`filter-button list-${list}`}
          aria-pressed={value === list}
          onClick={() => onChange(list)}
          data-list={list}
        >
          {t(`worklist.lists.${list}`)}
          <span className="filter-count" data-testid={`count-${list}`}>
            {countText(list)}
          </span>
        </button>
      ))}
    </div>
  );
}
