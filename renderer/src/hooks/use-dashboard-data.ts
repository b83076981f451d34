import type { IndicatorTargets } from '../../../shared/summary/indicator-definitions';
import type { NetworkEntryDto, SummaryHistoryPointDto } from '../../../shared/summary/summary-contract';
import type { ContractClient } from '../client/contract-client';
import { useContractData } from './use-contract-data';

export interface DashboardData {
  points: SummaryHistoryPointDto[];
  targets: IndicatorTargets;
  /** The network summaries the practice imported back, oldest period first. */
  feedback: NetworkEntryDto[];
}

async function loadDashboard(client: ContractClient): Promise<DashboardData> {
  const [{ points }, settings, { entries }] = await Promise.all([
    client.call('summary:history', {}),
    client.call('summary:settings', {}),
    client.call('network:list', {}),
  ]);
  return { points, targets: settings.targets, feedback: entries.filter((entry) => entry.kind === 'network') };
}

export function useDashboardData() {
  return useContractData(loadDashboard);
}
