import type { StorageStatus } from '../../../shared/backups';
import type { ContractClient } from '../client/contract-client';
import { useContractData } from './use-contract-data';

const loadStorage = (client: ContractClient): Promise<StorageStatus> => client.call('storage:status', {});

/** Where the data lives, and whether the database passed its check when the app started. */
export function useStorageStatus() {
  const { data, error, reload } = useContractData(loadStorage);
  return { storage: data, error, reload };
}
