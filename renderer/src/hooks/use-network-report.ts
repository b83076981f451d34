import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchmarkPeriodDto, NetworkEntryDto } from '../../../shared/summary/summary-contract';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

/** The coordinator's imported files and the benchmark built from them. */
export function useNetworkReport(showLabels: boolean, networkLabel: string) {
  const client = useContractClient();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<NetworkEntryDto[] | null>(null);
  const [periods, setPeriods] = useState<BenchmarkPeriodDto[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, report] = await Promise.all([
        client.call('network:list', {}),
        client.call('network:report', { showLabels, networkLabel: networkLabel.trim() || 'Netværket' }),
      ]);
      setEntries(list.entries);
      setPeriods(report.periods);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }, [client, showLabels, networkLabel, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { entries, periods, error, reload, setError };
}
