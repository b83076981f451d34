import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailingPlan } from '../../../shared/outputs/mailing-selection';
import { exportFormats, type ExportFormat } from '../../../shared/outputs/recall-export-request';
import { defaultRecallColumns, recallColumnKeys, type RecallColumnKey } from '../../../shared/outputs/recall-table';
import type { WorklistFilters, WorklistName, WorklistSort } from '../../../shared/worklists';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { saveBase64 } from '../save-file';
import { ErrorAlert } from './error-alert';
import { MailingOffer } from './mailing-offer';
import { OutputSettingsEditor } from './output-settings-editor';

/** The list as it is on screen: the export holds exactly its rows, in its order. */
export interface RecallExportSelection {
  list: WorklistName;
  filters: WorklistFilters;
  sort: WorklistSort;
  descending: boolean;
  asOf?: string;
}

type Outcome = { state: 'idle' } | { state: 'busy' } | { state: 'saved'; fileName: string; rows: number; notes: string[]; mailing: MailingPlan | null; saved: number } | { state: 'failed'; error: unknown };

/**
 * Save or print the current list: XLSX, CSV, a printable PDF with the chosen columns, invitation
 * letters or an SMS list. The file is made by the core (`recall:export`) and handed to the
 * browser's or Electron's own download, so the user picks where it goes. For letters and SMS the
 * templates and the practice's details are at hand, folded, where they are needed; once saved,
 * their invitations can be recorded in one step.
 */
export function RecallExportPanel({ selection, onChanged }: { selection: RecallExportSelection; onChanged?: () => void }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [columns, setColumns] = useState<readonly RecallColumnKey[]>(defaultRecallColumns);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  // Each save is a new file: its invitations are offered afresh, whatever was done with the last.
  const [saves, setSaves] = useState(0);
  const usesColumns = format === 'xlsx' || format === 'csv' || format === 'pdf';

  const toggle = (key: RecallColumnKey, on: boolean) =>
    setColumns(recallColumnKeys.filter((k) => (k === key ? on : columns.includes(k))));

  const onSave = async () => {
    setOutcome({ state: 'busy' });
    try {
      const file = await client.call('recall:export', { ...selection, format, columns: usesColumns ? [...columns] : ['name'] });
      saveBase64(file.contentBase64, file.fileName, file.mimeType);
      setSaves((n) => n + 1);
      setOutcome({ state: 'saved', fileName: file.fileName, rows: file.rows, notes: file.notes, mailing: file.mailing, saved: saves + 1 });
    } catch (error) {
      setOutcome({ state: 'failed', error });
    }
  };

  return (
    <section className="panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('outputs.exportTitle')}</h2>
      <p className="muted">{t('outputs.exportIntro')}</p>
      <div className="export-form">
        <div className="form-grid">
          <label htmlFor="export-format">{t('outputs.format')}</label>
          <select id="export-format" value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} data-testid="export-format">
            {exportFormats.map((value) => (
              <option key={value} value={value}>
                {t(`outputs.formats.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {usesColumns ? (
          <fieldset className="column-choices">
            <legend>{t('outputs.columns')}</legend>
            {recallColumnKeys.map((key) => (
              <label key={key} className="filter-check">
                <input type="checkbox" checked={columns.includes(key)} onChange={(event) => toggle(key, event.target.checked)} />
                {t(`outputs.columnNames.${key}`)}
              </label>
            ))}
          </fieldset>
        ) : (
          <>
            <p className="muted">{t('outputs.columnsTemplateHint')}</p>
            <details className="template-details">
              <summary>{t('outputs.editTemplates')}</summary>
              <OutputSettingsEditor />
            </details>
          </>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={onSave}
            disabled={outcome.state === 'busy' || (usesColumns && columns.length === 0)}
            data-testid="export-save"
          >
            {outcome.state === 'busy' ? t('outputs.saving') : t('outputs.save')}
          </button>
          {usesColumns && columns.length === 0 ? <span className="muted">{t('outputs.noColumns')}</span> : null}
        </div>
      </div>
      {outcome.state === 'saved' ? (
        <div role="status" className="notice notice-success" data-testid="export-saved">
          <p>{t('outputs.saved', { fileName: outcome.fileName, count: outcome.rows })}</p>
          {outcome.notes.length > 0 ? (
            <ul>
              {outcome.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {outcome.state === 'saved' && outcome.mailing ? <MailingOffer key={outcome.saved} plan={outcome.mailing} {...(onChanged ? { onChanged } : {})} /> : null}
      {outcome.state === 'failed' ? <ErrorAlert title={t('outputs.failed')} message={errorMessage(outcome.error, t)} /> : null}
    </section>
  );
}
