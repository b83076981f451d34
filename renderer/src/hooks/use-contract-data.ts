import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractClient } from '../client/contract-client';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

/**
 * Data a screen loads through the contract when it opens, with a readable error and a reload.
 * `load` must be stable (defined outside the component), or every render would load again.
 */
export function useContractData<T>(load: (client: ContractClient) => Promise<T>) {
  const client = useContractClient();
  const { t } = useTranslation();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setData(await load(client));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }, [client, load, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}
