import { useEffect, useState } from 'react';
import type { ExtractChanges } from '../../../shared/extract-changes';
import { useContractClient } from '../contract-client-context';

/** The lists of what changed between extracts, loaded again whenever the worklist changes (`refresh`). */
export function useExtractChanges(refresh: number): ExtractChanges | null {
  const client = useContractClient();
  const [changes, setChanges] = useState<ExtractChanges | null>(null);
  useEffect(() => {
    let current = true;
    client
      .call('worklist:changes', {})
      .then((loaded) => current && setChanges(loaded))
      // The other lists work without these: a failure leaves their counts at "…".
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, refresh]);
  return changes;
}
