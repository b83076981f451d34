import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorklistPage } from '../../../shared/contract';
import type { WorklistCounts, WorklistEntry, WorklistName, WorklistSelection } from '../../../shared/worklists';
import { useContractClient } from '../contract-client-context';

export const pageSize = 100;

export type WorklistView =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | {
      state: 'ready';
      key: string;
      /** The list these rows belong to (the tab may already show the next one). */
      list: WorklistName;
      /** Counts the answers shown, so a test or benchmark can see a new one arrive. */
      seq: number;
      total: number;
      counts: WorklistCounts;
      gps: string[];
      asOf: string | null;
      today: string;
      extractDate: string | null;
      absentChecks: WorklistPage['absentChecks'];
    };

/**
 * One list, fetched a page at a time as the table scrolls to it. The main side keeps every
 * patient's computed state in memory, so a new list or filter costs one small request; rows
 * of an old selection that arrive late are dropped by their key.
 */
export function useWorklist(selection: WorklistSelection, refreshToken: number) {
  const client = useContractClient();
  const key = JSON.stringify([selection, refreshToken]);
  const [view, setView] = useState<WorklistView>({ state: 'loading' });
  const pages = useRef(new Map<number, WorklistEntry[]>());
  const pending = useRef(new Set<number>());
  const currentKey = useRef(key);
  const [, setPagesVersion] = useState(0);
  const seq = useRef(0);
  // A new selection forgets the old pages at once, in this render, so no page asked for from
  // here on can be taken for the old selection's or dropped as stale.
  if (currentKey.current !== key) {
    currentKey.current = key;
    pages.current = new Map();
    pending.current = new Set();
  }

  const fetchPage = useCallback(
    (page: number): Promise<WorklistPage | null> => {
      const requestKey = currentKey.current;
      pending.current.add(page);
      return client
        .call('worklist:query', { ...selection, offset: page * pageSize, limit: pageSize })
        .then((result) => {
          if (currentKey.current !== requestKey) return null;
          pages.current.set(page, result.rows);
          setPagesVersion((n) => n + 1);
          return result;
        })
        .finally(() => pending.current.delete(page));
    },
    // The selection is captured through `key`: a new object with the same content is no new list.
    [client, key],
  );

  useEffect(() => {
    fetchPage(0)
      .then((result) => {
        if (!result) return;
        seq.current += 1;
        setView({
          state: 'ready',
          key,
          list: selection.list,
          seq: seq.current,
          total: result.total,
          counts: result.counts,
          gps: result.gps,
          asOf: result.asOf,
          today: result.today,
          extractDate: result.extractDate,
          absentChecks: result.absentChecks,
        });
      })
      .catch((error: unknown) => {
        if (currentKey.current === key) setView({ state: 'failed', error });
      });
  }, [key, fetchPage, selection.list]);

  /** The row at `index`, or undefined while its page is on its way (which this asks for). */
  const rowAt = useCallback(
    (index: number): WorklistEntry | undefined => {
      const page = Math.floor(index / pageSize);
      const rows = pages.current.get(page);
      if (!rows && !pending.current.has(page)) void fetchPage(page).catch(() => undefined);
      return rows?.[index - page * pageSize];
    },
    [fetchPage],
  );

  return { view, rowAt };
}
