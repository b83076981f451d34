import { useTranslation } from 'react-i18next';
import type { BatchSummary } from '../../../shared/contract';
import { formatDate, formatTimestamp } from '../display-format';

/** Which extracts the numbers rest on, newest first, so a stale or missing file is easy to spot. */
export function ImportHistoryTable({ batches }: { batches: readonly BatchSummary[] }) {
  const { t, i18n } = useTranslation();
  if (batches.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('home.historyTitle')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('home.historyExtractDate')}</th>
              <th scope="col">{t('home.historyFile')}</th>
              <th scope="col" className="numeric">{t('home.historyRows')}</th>
              <th scope="col" className="numeric">{t('home.historyRejected')}</th>
              <th scope="col">{t('home.historyImportedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.id}>
                <td>{formatDate(batch.extractDate)}</td>
                <td className="file-name">{batch.fileName}</td>
                <td className="numeric">{batch.rowsRead.toLocaleString(i18n.language)}</td>
                <td className="numeric">{batch.rowsRejected.toLocaleString(i18n.language)}</td>
                <td>{formatTimestamp(batch.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
