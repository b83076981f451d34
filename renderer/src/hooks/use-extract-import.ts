import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtractField } from '../../../shared/care-plan';
import type { ImportRisk } from '../../../shared/import-guards';
import { mappableErrorCodes, type ImportJobStatus } from '../../../shared/import-job';
import type { ImportReport } from '../../../shared/import-report';
import { mappingColumns, type MappingColumn } from '../column-mapping';
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
  | { key: 'firstRun.demoLoaded'; count: number }
  | { key: 'importJob.cancelled'; fileName: string };

/** An import on its way: the file's name and the job's latest status. */
export interface RunningImport {
  fileName: string;
  status: ImportJobStatus;
}

/** A file whose columns the user must name before it can be imported. */
export interface MappingRequest {
  file: File;
  columns: MappingColumn[];
}

/** A file that looks unlike the practice's extract: imported only when the user confirms, having seen why. */
export interface ConfirmationRequest {
  file: File;
  columnMapping: Record<string, ExtractField | null> | undefined;
  risks: ImportRisk[];
}

interface Callbacks {
  onImported: (report: ImportReport) => void | Promise<void>;
  onDemoLoaded: (report: ImportReport) => void | Promise<void>;
}

/** How often the window asks how far the import has come. */
const pollMs = 200;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends files and the demo to the contract, one at a time: a second drop while the first file is
 * still importing is ignored rather than racing it into the database. An import runs as a job
 * that is polled for its progress until it is done, failed or cancelled.
 */
export function useExtractImport({ onImported, onDemoLoaded }: Callbacks) {
  const client = useContractClient();
  const { t } = useTranslation();
  const [busyLabel, setBusyLabel] = useState<string | null>(null);
  const [running, setRunning] = useState<RunningImport | null>(null);
  const [mapping, setMapping] = useState<MappingRequest | null>(null);
  const [confirmation, setConfirmation] = useState<ConfirmationRequest | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  // The busy state as of now, not as of the last render: two drops in one tick must not both start.
  const busy = useRef(false);

  const runImport = useCallback(
    async (file: File, columnMapping?: Record<string, ExtractField | null>, confirmed = false) => {
      busy.current = true;
      setBusyLabel(t('import.busy', { fileName: file.name }));
      try {
        const { jobId } = await client.call('import:start', await importRequestFor(file, columnMapping, confirmed));
        for (;;) {
          const status = await client.call('import:progress', { jobId });
          setRunning({ fileName: file.name, status });
          if (status.state === 'done' && status.report) {
            await onImported(status.report);
            return;
          }
          if (status.state === 'cancelled') {
            setNotice({ key: 'importJob.cancelled', fileName: file.name });
            return;
          }
          if (status.state === 'failed' && status.error) {
            const { code, message, headers, samples, risks } = status.error;
            if (code === 'import.needs_confirmation' && risks) setConfirmation({ file, columnMapping, risks });
            else if (mappableErrorCodes.includes(code) && headers.length > 0) setMapping({ file, columns: mappingColumns(headers, samples) });
            else setFailure({ title: 'errors.importFailed', message });
            return;
          }
          await wait(pollMs);
        }
      } catch (caught) {
        setFailure({ title: 'errors.importFailed', message: errorMessage(caught, t) });
      } finally {
        busy.current = false;
        setRunning(null);
        setBusyLabel(null);
      }
    },
    [client, onImported, t],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file || busy.current) return;
      setFailure(null);
      setMapping(null);
      setConfirmation(null);
      setNotice(files.length > 1 ? { key: 'import.oneFileOnly', fileName: file.name } : null);
      if (file.size === 0) {
        setFailure({ title: 'errors.importFailed', message: t('errors.emptyFile', { fileName: file.name }) });
        return;
      }
      await runImport(file);
    },
    [runImport, t],
  );

  const importWithMapping = useCallback(
    async (columnMapping: Record<string, ExtractField | null>) => {
      if (!mapping || busy.current) return;
      const { file } = mapping;
      setMapping(null);
      setFailure(null);
      await runImport(file, columnMapping);
    },
    [mapping, runImport],
  );

  const confirmImport = useCallback(async () => {
    if (!confirmation || busy.current) return;
    setConfirmation(null);
    setFailure(null);
    await runImport(confirmation.file, confirmation.columnMapping, true);
  }, [confirmation, runImport]);

  const cancelImport = useCallback(async () => {
    if (!running || running.status.state !== 'running') return;
    try {
      const status = await client.call('import:cancel', { jobId: running.status.jobId });
      setRunning({ fileName: running.fileName, status });
    } catch (caught) {
      setFailure({ title: 'errors.importFailed', message: errorMessage(caught, t) });
    }
  }, [client, running, t]);

  const loadDemo = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
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
      busy.current = false;
      setBusyLabel(null);
    }
  }, [client, onDemoLoaded, t]);

  return {
    busyLabel,
    running,
    mapping,
    confirmation,
    failure,
    notice,
    importFiles,
    importWithMapping,
    confirmImport,
    dismissConfirmation: () => setConfirmation(null),
    cancelImport,
    loadDemo,
    dismissMapping: () => setMapping(null),
    dismissFailure: () => setFailure(null),
    clearNotice: () => setNotice(null),
  };
}
