import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkEntryDto } from '../../../shared/summary/summary-contract';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { bytesToBase64 } from '../file-upload';

export interface SummaryImportOutcome {
  fileName: string;
  entry: NetworkEntryDto | null;
  /** Why the file was refused, in the core's words. */
  refusal: string | null;
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

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setBusy(true);
      const results: SummaryImportOutcome[] = [];
      for (const file of files) {
        try {
          const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
          const entry = await client.call('network:import', { fileName: file.name, contentBase64, kind });
          results.push({ fileName: file.name, entry, refusal: null });
        } catch (caught) {
          results.push({ fileName: file.name, entry: null, refusal: errorMessage(caught, t) });
        }
      }
      setOutcomes(results);
      setBusy(false);
      await onImported();
    },
    [client, kind, onImported, t],
  );

  return { outcomes, busy, importFiles, clear: () => setOutcomes([]) };
}
