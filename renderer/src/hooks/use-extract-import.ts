import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/import-report';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { importRequestFor } from '../file-upload';

/** A failed import or demo load: which of the two, and the reason in the user's words. */
export interface ImportFailure {
  title: 'errors.importFailed' | 'errors.demoFailed';
  message: string;
}

/**
 * Good news or a caveat after an import, kept as a key and its values rather than a finished
 * sentence, so it follows the user to English if they switch language while it is shown.
 */
export type ImportNotice =
  | { key: 'import.oneFileOnly'; fileName: string }
  | { key: 'firstRun.demoLoaded'; count: number };

interface Callbacks {
  onImported: (report: ImportReport) => void | Promise<void>;
  onDemoLoaded: (report: ImportReport) => void | Promise<void>;
}

/**
 * Sends files and the demo to the contract, one at a time: a second drop while the first file is
 * still importing is ignored rather than racing it into the database.
 */
export function useExtractImport({ onImported, onDemoLoaded }: Callbacks) {
  const client = useContractClient();
  const { t } = useTranslation();
  const [busyLabel, setBusyLabel] = useState<string | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [notice, setNotice] = useState<ImportNotice | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file || busyLabel !== null) return;
      setFailure(null);
      setNotice(files.length > 1 ? { key: 'import.oneFileOnly', fileName: file.name } : null);
      if (file.size === 0) {
        setFailure({ title: 'errors.importFailed', message: t('errors.emptyFile', { fileName: file.name }) });
        return;
      }
      setBusyLabel(t('import.busy', { fileName: file.name }));
      try {
        const report = await client.call('import:file', await importRequestFor(file));
        await onImported(report);
      } catch (caught) {
        setFailure({ title: 'errors.importFailed', message: errorMessage(caught, t) });
      } finally {
        setBusyLabel(null);
      }
    },
    [busyLabel, client, onImported, t],
  );

  const loadDemo = useCallback(async () => {
    if (busyLabel !== null) return;
    setFailure(null);
    setNotice(null);
    setBusyLabel(t('firstRun.loadingDemo'));
    try {
      const report = await client.call('demo:load', {});
      setNotice({ key: 'firstRun.demoLoaded', count: report.patientsImported });
      await onDemoLoaded(report);
    } catch (caught) {
      setFailure({ title: 'errors.demoFailed', message: errorMessage(caught, t) });
    } finally {
      setBusyLabel(null);
    }
  }, [busyLabel, client, onDemoLoaded, t]);

  return {
    busyLabel,
    failure,
    notice,
    importFiles,
    loadDemo,
    dismissFailure: () => setFailure(null),
    clearNotice: () => setNotice(null),
  };
}
