import { useSyncExternalStore } from 'react';

/**
 * Whether the lists are shown as of today (the default) or as of the extract's own date. One
 * choice for the whole window, so Oversigt and the worklists always agree; it lasts the session.
 */
export type AsOfBasis = 'today' | 'extract';

let basis: AsOfBasis = 'today';
const listeners = new Set<() => void>();

export function setAsOfBasis(next: AsOfBasis): void {
  if (next === basis) return;
  basis = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAsOfBasis(): AsOfBasis {
  return useSyncExternalStore(subscribe, () => basis);
}
