import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagCounts, Status } from '../../../shared/contract';
import type { FollowUpWindows } from '../../../shared/follow-up-rules';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

/** What the header and the home screen show: the practice's state as of its latest extract. */
export interface Overview {
  status: Status;
  counts: FlagCounts;
  windows: FollowUpWindows;
}

export function useOverview() {
  const client = useContractClient();
  const { t } = useTranslation();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [status, { counts }, windows] = await Promise.all([
        client.call('status:get', {}),
        client.call('flags:counts', {}),
        client.call('settings:get', {}),
      ]);
      setOverview({ status, counts, windows });
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }, [client, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { overview, error, reload };
}
