import { useState } from 'react';
import { dateInZone } from '../../../../shared/dates.ts';
import type { Resource } from '../../../../shared/domain/care.ts';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import type { Route } from '../../shell/routes.ts';
import { useFocusHeading } from '../clients/useFocusHeading.ts';
import { ResourceEditor } from './ResourceEditor.tsx';
import { ResourceList } from './ResourceList.tsx';
import { ResourceReader } from './ResourceReader.tsx';
import './library.css';

type View =
  { kind: 'list' } | { kind: 'read'; id: number } | { kind: 'edit'; resource: Resource | null };

/** The psychoeducation library: find, read, write, share and give resources. */
export function LibraryScreen({ route, practice }: { route: Route; practice: PracticeProfile }) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const [shownRoute, setShownRoute] = useState(route);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [visits, setVisits] = useState(0);
  const ref = useFocusHeading<HTMLDivElement>(
    view.kind === 'read'
      ? `read:${view.id}`
      : view.kind === 'edit'
        ? `edit:${view.resource?.id ?? 'new'}`
        : 'list',
  );
  const today = dateInZone(new Date(), practice.timeZone);

  // Choosing Library in the navigation again comes back to the list, freshly loaded.
  if (route !== shownRoute) {
    setShownRoute(route);
    setView({ kind: 'list' });
    setVisits(visits + 1);
  }

  const show = (next: View, message = '') => {
    setNotice(message);
    setView(next);
  };
  const toList = () => {
    setVisits((n) => n + 1);
    show({ kind: 'list' });
  };

  return (
    <div ref={ref} className="library-page">
      {view.kind === 'list' && (
        <ResourceList
          query={query}
          tag={tag}
          onQuery={setQuery}
          onTag={setTag}
          notice={notice}
          refresh={visits}
          onOpen={(id) => show({ kind: 'read', id })}
          onNew={() => show({ kind: 'edit', resource: null })}
        />
      )}
      {view.kind === 'read' && (
        <ResourceReader
          key={view.id}
          id={view.id}
          today={today}
          notice={notice}
          onBack={toList}
          onEdit={(resource) => show({ kind: 'edit', resource })}
        />
      )}
      {view.kind === 'edit' && (
        <ResourceEditor
          resource={view.resource}
          onSaved={(saved) => show({ kind: 'read', id: saved.id }, 'Resource saved.')}
          onCancel={() => (view.resource ? show({ kind: 'read', id: view.resource.id }) : toList())}
        />
      )}
    </div>
  );
}
