import type { FlagCounts, Status } from '../../../shared/contract';
import type { FollowUpWindows } from '../../../shared/follow-up-rules';
import type { CheckKind } from '../../../shared/follow-up-states';
import type { ContractClient } from '../client/contract-client';
import { useAsOfBasis, type AsOfBasis } from './use-as-of-basis';
import { useContractData } from './use-contract-data';

/** What the header and the home screen show: the practice's state as of today or its latest extract. */
export interface Overview {
  status: Status;
  counts: FlagCounts;
  /** The date the counts are computed on. */
  asOf: string | null;
  basis: AsOfBasis;
  /** The checks the latest extract has no column for: their counts are unknown, not 0. */
  absentChecks: CheckKind[];
  windows: FollowUpWindows;
}

async function loadOverview(client: ContractClient, basis: AsOfBasis): Promise<Overview> {
  const [status, { counts, asOf, absentChecks }, windows] = await Promise.all([
    client.call('status:get', {}),
    client.call('flags:counts', { asOf: basis }),
    client.call('settings:get', {}),
  ]);
  return { status, counts, asOf, basis, absentChecks, windows };
}

// One stable loader per choice: `useContractData` loads again when its loader changes.
const loaders: Record<AsOfBasis, (client: ContractClient) => Promise<Overview>> = {
  today: (client) => loadOverview(client, 'today'),
  extract: (client) => loadOverview(client, 'extract'),
};

export function useOverview() {
  const basis = useAsOfBasis();
  const { data, error, reload } = useContractData(loaders[basis]);
  return { overview: data, error, reload };
}
