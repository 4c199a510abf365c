import { useEffect, useState, type MouseEvent } from 'react';
import type { Resource } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { fileSize } from './attachment.ts';
import { ResourceBody } from './ResourceBody.tsx';
import { ResourcePdfDialog } from './ResourcePdfDialog.tsx';
import { ShareDialog } from './ShareDialog.tsx';

export interface ResourceReaderProps {
  id: number;
  today: string;
  notice: string;
  onBack: () => void;
  onEdit: (resource: Resource) => void;
}

/** One resource, to read before or with a client, and to share or give as a PDF. */
export function ResourceReader({ id, today, notice, onBack, onEdit }: ResourceReaderProps) {
  const [resource, setResource] = useState<Resource | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [dialog, setDialog] = useState<'share' | 'pdf' | null>(null);
  const [message, setMessage] = useState(notice);

  useEffect(() => {
    let live = true;
    call('resources.get', { id }).then(
      (value) => live && setResource(value),
      (caught: unknown) => live && setError(toShownError(caught)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onBack();
  };
  const crumb = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <a href="#library" onClick={back}>
        <span aria-hidden="true">←</span> Library
      </a>
    </nav>
  );

  if (!resource) {
    return (
      <>
        {crumb}
        {error ? (
          <Alert tone="error" title={error.message} />
        ) : (
          <p className="muted" role="status">
            Opening the resource…
          </p>
        )}
      </>
    );
  }

  return (
    <article className="resource-reader" aria-labelledby="resource-title">
      {crumb}
      <header className="resource-reader-head">
        <div className="stack-sm">
          <h1 id="resource-title" tabIndex={-1}>
            {resource.title}
          </h1>
          {resource.tags.length > 0 && (
            <p className="resource-tags">
              {resource.tags.map((tag) => (
                <Badge key={tag} tone="quiet">
                  {tag}
                </Badge>
              ))}
            </p>
          )}
        </div>
        <div className="resource-actions">
          <Button onClick={() => onEdit(resource)}>Edit</Button>
          <Button onClick={() => setDialog('share')}>Share with a client…</Button>
          <Button variant="primary" onClick={() => setDialog('pdf')}>
            Save as PDF…
          </Button>
        </div>
      </header>
      <StatusMessage>{message}</StatusMessage>
      <div className="resource-page">
        <ResourceBody text={resource.body} />
      </div>
      {(resource.benefits || resource.drawbacks || resource.asks) && (
        <section className="resource-option" aria-labelledby="resource-option-title">
          <h2 id="resource-option-title">As an option on a plan</h2>
          <dl className="resource-option-facts">
            <div>
              <dt>Benefits</dt>
              <dd>{resource.benefits || '—'}</dd>
            </div>
            <div>
              <dt>Drawbacks</dt>
              <dd>{resource.drawbacks || '—'}</dd>
            </div>
            <div>
              <dt>What it asks of the client</dt>
              <dd>{resource.asks || '—'}</dd>
            </div>
          </dl>
        </section>
      )}
      {resource.attachmentName && (
        <p className="resource-attachment">
          <Badge tone="neutral">PDF</Badge> {resource.attachmentName}
          {resource.attachmentBytes !== null && (
            <span className="muted"> · {fileSize(resource.attachmentBytes)}</span>
          )}
          <span className="muted"> · Save as PDF gives this file.</span>
        </p>
      )}
      {dialog === 'share' && (
        <ShareDialog
          resourceId={resource.id}
          title={resource.title}
          today={today}
          onClose={() => setDialog(null)}
          onShared={(text) => {
            setDialog(null);
            setMessage(text);
          }}
        />
      )}
      {dialog === 'pdf' && (
        <ResourcePdfDialog
          resourceId={resource.id}
          title={resource.title}
          attachmentName={resource.attachmentName}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}
