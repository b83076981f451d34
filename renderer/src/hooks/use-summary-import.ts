import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkEntryDto } from '../../../shared/summary/summary-contract';
import { ContractError } from '../../../shared/contract';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { bytesToBase64 } from '../file-upload';

export interface SummaryImportOutcome {
  fileName: string;
  entry: NetworkEntryDto | null;
  /** Why the file was refused, in the core's words. */
  refusal: string | null;
  /**
   * For a file refused only because its sender's key is not the kept one: takes it in with the
   * new key, once the user has asked the sender.
   */
  acceptNewKey: (() => Promise<void>) | null;
}

/**
 * Sends summary files of one kind to `network:import` one by one; a refused file does not stop
 * the rest.
 */
export function useSummaryImport(kind: 'practice' | 'network', onImported: () => void | Promise<void>) {
  const client = useContractClient();
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState<SummaryImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);

  const importOne = useCallback(
    async (file: File, acceptNewKey: boolean): Promise<SummaryImportOutcome> => {
      try {
        const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        const entry = await client.call('network:import', { fileName: file.name, contentBase64, kind, ...(acceptNewKey ? { acceptNewKey } : {}) });
        return { fileName: file.name, entry, refusal: null, acceptNewKey: null };
      } catch (caught) {
        const keyChanged = caught instanceof ContractError && caught.code === 'summary.keyChanged';
        const retry = async () => {
          setBusy(true);
          const outcome = await importOne(file, true);
          setOutcomes((current) => current.map((entry) => (entry.fileName === file.name ? outcome : entry)));
          setBusy(false);
          await onImported();
        };
        return { fileName: file.name, entry: null, refusal: errorMessage(caught, t), acceptNewKey: keyChanged ? retry : null };
      }
    },
    [client, kind, onImported, t],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setBusy(true);
      const results: SummaryImportOutcome[] = [];
      for (const file of files) results.push(await importOne(file, false));
      setOutcomes(results);
      setBusy(false);
      await onImported();
    },
    [importOne, onImported],
  );

  return { outcomes, busy, importFiles, clear: () => setOutcomes([]) };
}
