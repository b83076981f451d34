import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/backups';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

/** Where the data lives, and whether the database passed its check when the app started. */
export function useStorageStatus() {
  const client = useContractClient();
  const { t } = useTranslation();
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStorage(await client.call('storage:status', {}));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }, [client, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { storage, error, reload };
}
