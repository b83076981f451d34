import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorTargets } from '../../../shared/summary/indicator-definitions';
import type { NetworkEntryDto, SummaryHistoryPointDto } from '../../../shared/summary/summary-contract';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

export interface DashboardData {
  points: SummaryHistoryPointDto[];
  targets: IndicatorTargets;
  /** The network summaries the practice imported back, oldest period first. */
  feedback: NetworkEntryDto[];
}

export function useDashboardData() {
  const client = useContractClient();
  const { t } = useTranslation();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [{ points }, settings, { entries }] = await Promise.all([
        client.call('summary:history', {}),
        client.call('summary:settings', {}),
        client.call('network:list', {}),
      ]);
      setData({ points, targets: settings.targets, feedback: entries.filter((entry) => entry.kind === 'network') });
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }, [client, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}
