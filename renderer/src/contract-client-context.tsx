import { createContext, useContext, type ReactNode } from 'react';
import type { ContractClient } from './client/contract-client';

/** One client for the whole app, given by main.tsx, so screens never pick a transport themselves. */
const ContractClientContext = createContext<ContractClient | null>(null);

export function ContractClientProvider({ client, children }: { client: ContractClient; children: ReactNode }) {
  return <ContractClientContext.Provider value={client}>{children}</ContractClientContext.Provider>;
}

export function useContractClient(): ContractClient {
  const client = useContext(ContractClientContext);
  if (!client) throw new Error('useContractClient outside ContractClientProvider');
  return client;
}
