import type { FlagCounts, Status } from '../../../shared/contract';
import type { FollowUpWindows } from '../../../shared/follow-up-rules';
import type { ContractClient } from '../client/contract-client';
import { useContractData } from './use-contract-data';

/** What the header and the home screen show: the practice's state as of its latest extract. */
export interface Overview {
  status: Status;
  counts: FlagCounts;
  windows: FollowUpWindows;
}

async function loadOverview(client: ContractClient): Promise<Overview> {
  const [status, { counts }, windows] = await Promise.all([
    client.call('status:get', {}),
    client.call('flags:counts', {}),
    client.call('settings:get', {}),
  ]);
  return { status, counts, windows };
}

export function useOverview() {
  const { data, error, reload } = useContractData(loadOverview);
  return { overview: data, error, reload };
}
