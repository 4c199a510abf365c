import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ResourceCard } from './ResourceCard.tsx';
import { useAllTags, useResources } from './useResources.ts';

export interface ResourceListProps {
  query: string;
  tag: string | null;
  onQuery: (query: string) => void;
  onTag: (tag: string | null) => void;
  notice: string;
  refresh: number;
  onOpen: (id: number) => void;
  onNew: () => void;
}

export function ResourceList(props: ResourceListProps) {
  const { query, tag, onQuery, onTag, notice, refresh, onOpen, onNew } = props;
  const { resources, error, searching } = useResources(query, tag);
  const tags = useAllTags(refresh);
  const filtered = query.trim() !== '' || tag !== null;

  let count = '';
  if (resources && !searching) {
    const n = resources.length;
    const what = `${n} ${n === 1 ? 'resource' : 'resources'}`;
    count = filtered ? `${what} ${n === 1 ? 'matches' : 'match'}.` : `${what} in the library.`;
  }

  return (
    <>
      <div className="library-header">
        <PageHeader
          title="Library"
          description="Plain-language information to explain options to clients. Add one to a plan as an option card, share it, or save it as a PDF to give."
        />
        <Button variant="primary" onClick={onNew}>
          Add a resource
        </Button>
      </div>
      {notice && <Alert tone="success" title={notice} />}
      <div className="library-toolbar" role="search" aria-label="Library">
        <TextField
          label="Search the library"
          type="search"
          className="library-search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
        <Select
          label="Tag"
          className="library-tag"
          options={[{ value: '', label: 'All tags' }, ...tags.map((t) => ({ value: t, label: t }))]}
          value={tag ?? ''}
          onChange={(event) => onTag(event.target.value || null)}
        />
      </div>
      <StatusMessage>{count}</StatusMessage>
      {error && <Alert tone="error" title={error.message} />}
      {resources && resources.length === 0 && !searching && (
        <div className="library-empty">
          <h2>{filtered ? 'Nothing matches' : 'The library is empty'}</h2>
          <p className="muted">
            {filtered
              ? 'Try other words, or choose All tags.'
              : 'Add a resource: a page of plain-language information you can share with clients.'}
          </p>
          {filtered && (
            <div className="row">
              <Button
                onClick={() => {
                  onQuery('');
                  onTag(null);
                }}
              >
                Show the whole library
              </Button>
            </div>
          )}
        </div>
      )}
      {resources && resources.length > 0 && (
        <ul className="resource-grid" aria-label="Resources" aria-busy={searching || undefined}>
          {resources.map((r) => (
            <ResourceCard key={r.id} resource={r} onOpen={() => onOpen(r.id)} />
          ))}
        </ul>
      )}
    </>
  );
}
