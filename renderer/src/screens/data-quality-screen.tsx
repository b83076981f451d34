import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingFields, type DataQuality, type MissingField } from '../../../shared/data-quality';
import { ErrorAlert } from '../components/error-alert';
import { ScreenHeading } from '../components/screen-heading';
import { useContractClient } from '../contract-client-context';
import { formatCpr, formatDate } from '../display-format';
import { errorMessage } from '../error-message';

/** Datakvalitet: what to correct in XMO so the lists are right before anyone is called. */
export function DataQualityScreen() {
  const { t, i18n } = useTranslation();
  const client = useContractClient();
  const fieldId = useId();
  const [only, setOnly] = useState<MissingField | undefined>(undefined);
  const [data, setData] = useState<DataQuality | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client
      .call('dataQuality:get', only ? { only } : {})
      .then(setData)
      .catch((caught: unknown) => setError(errorMessage(caught, t)));
  }, [client, only, t]);

  return (
    <div className="data-quality-screen">
      <div className="screen-intro">
        <ScreenHeading>{t('dataQuality.title')}</ScreenHeading>
        <p className="muted">{data?.extractDate ? t('dataQuality.intro', { date: formatDate(data.extractDate) }) : t('worklist.emptyNoData')}</p>
      </div>
      {error ? <ErrorAlert title={t('errors.loadFailed')} message={error} /> : null}
      {data?.extractDate ? (
        <>
          <section className="panel" aria-labelledby={`${fieldId}-missing`}>
            <h2 id={`${fieldId}-missing`}>{t('dataQuality.missingTitle')}</h2>
            {data.absentColumns.length > 0 ? (
              <p className="notice" data-testid="absent-columns">
                {t('dataQuality.absentColumns', { fields: data.absentColumns.map((field) => t(`dataQuality.fields.${field}`)).join(', ') })}
              </p>
            ) : null}
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('dataQuality.field')}</th>
                  <th scope="col">{t('dataQuality.patients')}</th>
                </tr>
              </thead>
              <tbody>
                {missingFields.filter((field) => !data.absentColumns.includes(field)).map((field) => (
                  <tr key={field} data-field={field}>
                    <td>{t(`dataQuality.fields.${field}`)}</td>
                    <td>{data.counts[field]?.toLocaleString(i18n.language) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="panel" aria-labelledby={`${fieldId}-patients`}>
            <h2 id={`${fieldId}-patients`}>{t('dataQuality.patientsTitle')}</h2>
            <div className="filter-field">
              <label htmlFor={fieldId}>{t('dataQuality.show')}</label>
              <select id={fieldId} value={only ?? ''} onChange={(event) => setOnly(event.target.value === '' ? undefined : (event.target.value as MissingField))}>
                <option value="">{t('dataQuality.anyMissing')}</option>
                {/* A value the extract has no column for is missing for no one: not offered. */}
                {missingFields.filter((field) => !data.absentColumns.includes(field)).map((field) => (
                  <option key={field} value={field}>
                    {t(`dataQuality.fields.${field}`)}
                  </option>
                ))}
              </select>
            </div>
            <p role="status" data-testid="quality-count">
              {data.patientsTotal > data.patients.length
                ? t('dataQuality.truncated', { shown: data.patients.length, total: data.patientsTotal })
                : t('dataQuality.count', { count: data.patientsTotal })}
            </p>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('worklist.cpr')}</th>
                  <th scope="col">{t('worklist.name')}</th>
                  <th scope="col">{t('worklist.gp')}</th>
                  <th scope="col">{t('dataQuality.missing')}</th>
                </tr>
              </thead>
              <tbody>
                {data.patients.map((patient) => (
                  <tr key={patient.cpr} data-cpr={patient.cpr}>
                    <td className="cpr">{formatCpr(patient.cpr)}</td>
                    <td>{patient.name ?? t('worklist.unknownName')}</td>
                    <td>{patient.gp ?? '–'}</td>
                    <td>{patient.missing.map((field) => t(`dataQuality.fields.${field}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="panel" aria-labelledby={`${fieldId}-warnings`}>
            <h2 id={`${fieldId}-warnings`}>{t('dataQuality.warningsTitle', { fileName: data.fileName })}</h2>
            {data.warnings.length === 0 ? (
              <p className="muted">{t('dataQuality.noWarnings')}</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('report.line')}</th>
                    <th scope="col">{t('worklist.cpr')}</th>
                    <th scope="col">{t('worklist.name')}</th>
                    <th scope="col">{t('report.column')}</th>
                    <th scope="col">{t('report.reason')}</th>
                    <th scope="col">{t('report.raw')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.warnings.map((warning, index) => (
                    <tr key={`${warning.line}-${warning.column ?? ''}-${index}`}>
                      <td>{warning.line}</td>
                      <td className="cpr">{warning.cpr ? formatCpr(warning.cpr) : '–'}</td>
                      <td>{warning.name ?? '–'}</td>
                      <td>{warning.column ?? '–'}</td>
                      <td>{warning.reason}</td>
                      <td>{warning.raw ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
