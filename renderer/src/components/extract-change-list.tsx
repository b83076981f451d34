import { useTranslation } from 'react-i18next';
import type { ExtractChangeName, ExtractChangeRow, ExtractChanges } from '../../../shared/extract-changes';
import { formatCpr, formatDate } from '../display-format';

interface ExtractChangeListProps {
  list: ExtractChangeName;
  changes: ExtractChanges;
  onOpen: (cpr: string) => void;
}

function DetailCell({ row }: { row: ExtractChangeRow }) {
  const { t } = useTranslation();
  if (row.hba1c) return <td data-hba1c={row.hba1c.latest}>{t('lists.changes.hba1c', row.hba1c)}</td>;
  return <td>{row.offerRehab ? t('lists.changes.offerRehab') : ''}</td>;
}

/** One list of what changed between extracts: what to do, which extracts, and the patients. */
export function ExtractChangeList({ list, changes, onOpen }: ExtractChangeListProps) {
  const { t } = useTranslation();
  const shown = changes.lists[list];
  const absent = list === 'not_in_latest';
  return (
    <section className="panel extract-change-list" aria-labelledby="extract-change-title" data-change-list={list}>
      <h2 id="extract-change-title">{t(`lists.changes.lists.${list}`)}</h2>
      <p>{t(`lists.changes.hints.${list}`)}</p>
      {changes.latestDate && changes.previousDate ? (
        <p className="muted">{t('lists.changes.compared', { latest: formatDate(changes.latestDate), previous: formatDate(changes.previousDate) })}</p>
      ) : null}
      {shown.state === 'no_previous' ? <p className="empty-state">{t('lists.changes.noPrevious')}</p> : null}
      {shown.state === 'unknown' ? (
        <p className="empty-state" data-testid="change-list-unknown">
          {t('lists.changes.unknown', { fields: shown.absentFields.map((field) => t(`columnMapping.fields.${field}`)).join(', ') })}
        </p>
      ) : null}
      {shown.state === 'ready' && shown.rows.length === 0 ? <p className="empty-state">{t('lists.changes.empty')}</p> : null}
      {shown.state === 'ready' && shown.rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('lists.changes.columns.cpr')}</th>
              <th scope="col">{t('lists.changes.columns.name')}</th>
              <th scope="col">{t('lists.changes.columns.phone')}</th>
              <th scope="col">{t('lists.changes.columns.gp')}</th>
              <th scope="col">{t('lists.changes.columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => (
              <tr key={row.cpr} data-cpr={row.cpr}>
                <td className="cpr">{formatCpr(row.cpr)}</td>
                <td>
                  {/* A patient gone from the latest extract is on no list: the panel still confirms moved or died. */}
                  <button type="button" className="link-button" onClick={() => onOpen(row.cpr)} data-absent={absent || undefined}>
                    {row.name ?? t('worklist.unknownName')}
                  </button>
                </td>
                <td>{row.phone ?? '–'}</td>
                <td>{row.gp ?? '–'}</td>
                <DetailCell row={row} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
