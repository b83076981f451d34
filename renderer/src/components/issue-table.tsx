import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface IssueTableProps<Row> {
  id: string;
  title: string;
  intro?: string;
  rows: readonly Row[];
  columns: readonly { header: string; cell: (row: Row) => ReactNode; className?: string }[];
}

// A file of 200,000 rows may carry tens of thousands of warnings; the first few hundred tell the
// user what to fix in XMO, and rendering them all would freeze the window.
const shownRows = 500;

/** One kind of problem from an import (rejected rows, warnings, notes) as a plain table. */
export function IssueTable<Row>({ id, title, intro, rows, columns }: IssueTableProps<Row>) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>
        {title} <span className="heading-count">({rows.length.toLocaleString(i18n.language)})</span>
      </h2>
      {intro ? <p className="muted">{intro}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.className}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shownRows).map((row, index) => (
              <tr key={index}>
                {columns.map((column) => (
                  <td key={column.header} className={column.className}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shownRows ? <p className="muted">{t('report.truncated', { shown: shownRows, total: rows.length })}</p> : null}
    </section>
  );
}
