import { useEffect, useState } from 'react';
import { call } from '../../../api.ts';

type Result = { code: string; title: string };

const DEBOUNCE_MS = 120;

/** ICD-10-CM suggestions for what is typed; the last answer stays until the next arrives. */
export function useDiagnosisSearch(query: string) {
  const [found, setFound] = useState<{ query: string; results: Result[] }>({
    query: '',
    results: [],
  });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const typed = query.trim();
    if (!typed) return;
    let live = true;
    const timer = setTimeout(() => {
      call('diagnoses.search', { query: typed.slice(0, 100) }).then(
        ({ results }) => {
          if (!live) return;
          setFound({ query: typed, results });
          setFailed(false);
        },
        () => live && setFailed(true),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const typed = query.trim();
  return {
    results: typed ? found.results : [],
    settled: typed === found.query,
    failed,
  };
}
