import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientStatus, ClientSummary } from '../../../../shared/domain/clients.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';

export type StatusFilter = ClientStatus | 'all';

const PAGE = 50;
/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150;

interface Results {
  /** The search these rows answer; rows for another search are never shown as current. */
  key: string;
  /** What was searched for, as typed. */
  query: string;
  status: StatusFilter;
  clients: ClientSummary[];
  total: number;
  /** Whether any client exists at all, asked only when this search finds none. */
  anyClients: boolean;
}

/**
 * Searches as the counselor types, loads more on request, and reloads on demand or whenever
 * `refresh` changes.
 */
export function useClientSearch(query: string, status: StatusFilter, refresh = 0) {
  const [settled, setSettled] = useState(query);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [reloads, setReloads] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const keyRef = useRef('');

  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const key = `${status}\n${settled.trim()}\n${reloads}\n${refresh}`;
  useEffect(() => {
    let live = true;
    keyRef.current = key;
    const input = { query: settled, status, limit: PAGE, offset: 0 };
    (async () => {
      const found = await call('clients.list', input);
      const anyClients =
        found.total > 0 ||
        (status === 'all' && settled.trim() === '') ||
        (await call('clients.list', { status: 'all', limit: 1 })).total > 0;
      return {
        key,
        query: settled,
        status,
        clients: found.clients,
        total: found.total,
        anyClients,
      };
    })().then(
      (value) => {
        if (!live) return;
        setResults(value);
        setError(null);
      },
      (caught: unknown) => live && setError(toShownError(caught)),
    );
    return () => {
      live = false;
    };
  }, [key, settled, status]);

  const showMore = useCallback(async () => {
    if (!results || loadingMore) return;
    const forKey = results.key;
    setLoadingMore(true);
    try {
      const more = await call('clients.list', {
        query: settled,
        status,
        limit: PAGE,
        offset: results.clients.length,
      });
      setResults((current) =>
        current && current.key === forKey && keyRef.current === forKey
          ? { ...current, clients: [...current.clients, ...more.clients], total: more.total }
          : current,
      );
    } catch (caught) {
      setError(toShownError(caught));
    } finally {
      setLoadingMore(false);
    }
  }, [results, loadingMore, settled, status]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    results,
    error,
    /** True while what is shown does not yet answer what was typed. */
    searching: query.trim() !== settled.trim() || results?.key !== key,
    loadingMore,
    showMore,
    reload,
  };
}
