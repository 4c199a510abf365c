import { useEffect, useState } from 'react';
import type { Resource } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';

const DEBOUNCE_MS = 150;

/** The library as searched: by words in a resource, and by one tag. */
export function useResources(query: string, tag: string | null) {
  const [resources, setResources] = useState<Resource[] | null>(null);
  const [answered, setAnswered] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const key = `${query.trim()}\n${tag ?? ''}`;

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('resources.list', { query: query.trim(), tag }).then(
        (value) => {
          if (!live) return;
          setResources(value.resources);
          setAnswered(key);
          setError(null);
        },
        (caught: unknown) => live && setError(toShownError(caught)),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, query, tag]);

  return { resources, error, searching: answered !== key };
}

/** Every tag in the library, for the filter: asked once, unfiltered. */
export function useAllTags(refresh: number) {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    call('resources.list', { query: '', tag: null }).then(
      (value) => {
        if (!live) return;
        const all = new Set(value.resources.flatMap((r) => r.tags));
        setTags([...all].sort((a, b) => a.localeCompare(b)));
      },
      // Without tags the filter is simply not offered; the list itself reports the failure.
      () => live && setTags([]),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  return tags;
}
