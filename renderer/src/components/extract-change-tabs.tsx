import { useTranslation } from 'react-i18next';
import { extractChangeNames, type ExtractChangeName, type ExtractChanges } from '../../../shared/extract-changes';

interface ExtractChangeTabsProps {
  value: ExtractChangeName | null;
  changes: ExtractChanges | null;
  onChange: (list: ExtractChangeName) => void;
}

/**
 * The lists of what changed between the two latest extracts, beside the other lists. A list
 * that cannot be made (one extract only, or a column missing) shows "–", never 0.
 */
export function ExtractChangeTabs({ value, changes, onChange }: ExtractChangeTabsProps) {
  const { t, i18n } = useTranslation();
  const countText = (list: ExtractChangeName) => {
    if (!changes) return '…';
    const shown = changes.lists[list];
    return shown.state === 'ready' ? shown.rows.length.toLocaleString(i18n.language) : '–';
  };
  return (
    <div role="group" aria-label={t('lists.changes.groupLabel')} className="filter-buttons worklist-tabs">
      {extractChangeNames.map((list) => (
        <button key={list} type="button" className="filter-button" aria-pressed={value === list} onClick={() => onChange(list)} data-change-list={list}>
          {t(`lists.changes.lists.${list}`)}
          <span className="filter-count" data-testid={`change-count-${list}`}>
            {countText(list)}
          </span>
        </button>
      ))}
    </div>
  );
}
