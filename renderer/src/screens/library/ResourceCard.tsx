import type { MouseEvent } from 'react';
import type { Resource } from '../../../../shared/domain/care.ts';
import { Badge } from '../../ui/Badge.tsx';

/** A resource in the list: its title opens it; the whole card is the link's target. */
export function ResourceCard({ resource, onOpen }: { resource: Resource; onOpen: () => void }) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpen();
  };
  const excerpt = resource.body.split(/\n{2,}/)[0] ?? '';
  return (
    <li className="resource-card">
      <h2 className="resource-card-title">
        <a href={`#resource-${resource.id}`} className="resource-link" onClick={open}>
          {resource.title}
        </a>
      </h2>
      <p className="resource-excerpt">{excerpt}</p>
      <p className="resource-tags">
        {resource.tags.map((tag) => (
          <Badge key={tag} tone="quiet">
            {tag}
          </Badge>
        ))}
        {resource.attachmentName && <Badge tone="neutral">PDF attached</Badge>}
      </p>
    </li>
  );
}
