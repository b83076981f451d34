import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/import-report';
import { importReportFileName, importReportWorkbook } from '../../../shared/import-report-workbook';
import { AbsentColumnsNotice } from '../components/absent-columns-notice';
import { IssueTable } from '../components/issue-table';
import { ScreenHeading } from '../components/screen-heading';
import { formatDate } from '../display-format';
import { saveBytes } from '../save-file';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportReportScreenProps {
  report: ImportReport;
  /** The practice's newest extract now, to say which one an older file lost to. */
  latestExtractDate: string | null;
  onShowPatients: () => void;
  onBackHome: () => void;
  /** Present only when this report is of the newest import, the one undo would take back. */
  onUndo?: (() => void) | undefined;
}

/** After every import: what was read, what changed, and which rows need fixing in XMO. */
export function ImportReportScreen({ report, latestExtractDate, onShowPatients, onBackHome, onUndo }: ImportReportScreenProps) {
  const { t, i18n } = useTranslation();
  const figures = [
    ['rowsRead', report.rowsRead],
    ['patientsImported', report.patientsImported],
    ['patientsNew', report.patientsNew],
    ['patientsChanged', report.patientsChanged],
    ['patientsAbsent', report.patientsAbsent],
    ['rowsRejected', report.rowsRejected],
    ['warnings', report.warnings.length],
  ] as const;

  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('report.title')}</ScreenHeading>
        <p className="muted file-name" data-testid="report-file-name">
          {t('report.file', { fileName: report.fileName })}
        </p>
      </div>

      {report.duplicateOf !== null ? (
        <p className="notice notice-info" data-testid="report-duplicate">
          {t('report.duplicate')}
        </p>
      ) : null}
      {report.duplicateOf === null && !report.isCurrent ? (
        <p className="notice notice-warning" data-testid="report-not-current">
          {t('report.notCurrent', { date: latestExtractDate ? formatDate(latestExtractDate) : '' })}
        </p>
      ) : null}

      <section className="panel" aria-label={t('report.countsLabel')}>
        <p className="report-extract-date">
          {t('report.extractDate')}{' '}
          <strong data-testid="report-extract-date">{formatDate(report.extractDate)}</strong>
          <span className="muted"> ({t(`report.source.${report.extractDateSource}`)})</span>
        </p>
        <dl className="figure-grid">
          {figures.map(([key, value]) => (
            <div key={key} className={`figure${key === 'rowsRejected' && value > 0 ? ' figure-attention' : ''}`}>
              <dt>{t(`report.${key}`)}</dt>
              <dd data-testid={`report-${key}`}>{value.toLocaleString(i18n.language)}</dd>
            </div>
          ))}
        </dl>
        {report.unknownColumns.length > 0 ? (
          <p className="muted">{t('report.unknownColumns', { columns: report.unknownColumns.join(', ') })}</p>
        ) : null}
        <AbsentColumnsNotice absentChecks={report.absentChecks} absentFields={report.absentFields} />
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onShowPatients}>
            {t('report.showPatients')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => saveBytes(importReportWorkbook(report), importReportFileName(report), xlsxType)}
          >
            {t('report.saveXlsx')}
          </button>
          <button type="button" className="button button-secondary" onClick={onBackHome}>
            {t('report.backHome')}
          </button>
          {onUndo ? (
            <button type="button" className="button button-secondary" onClick={onUndo}>
              {t('report.undo')}
            </button>
          ) : null}
        </div>
      </section>

      <IssueTable
        id="report-rejected-rows"
        title={t('report.rejectedTitle')}
        intro={t('report.rejectedIntro')}
        rows={report.rejected}
        columns={[
          { header: t('report.line'), cell: (row) => row.line, className: 'numeric narrow' },
          { header: t('report.reason'), cell: (row) => row.reason },
        ]}
      />
      <IssueTable
        id="report-warnings"
        title={t('report.warningsTitle')}
        intro={t('report.warningsIntro')}
        rows={report.warnings}
        columns={[
          { header: t('report.line'), cell: (row) => row.line, className: 'numeric narrow' },
          { header: t('report.column'), cell: (row) => row.column },
          { header: t('report.reason'), cell: (row) => row.reason },
          { header: t('report.raw'), cell: (row) => <code>{row.raw}</code> },
        ]}
      />
      <IssueTable
        id="report-notes"
        title={t('report.notesTitle')}
        rows={report.notes}
        columns={[
          { header: t('report.line'), cell: (row) => row.line, className: 'numeric narrow' },
          { header: t('report.note'), cell: (row) => row.reason },
        ]}
      />
    </>
  );
}
