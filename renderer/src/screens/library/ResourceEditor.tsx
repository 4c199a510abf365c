import { useState, type FormEvent } from 'react';
import type { Resource } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { AttachmentField, type AttachmentChange } from './AttachmentField.tsx';

const PLACED = ['title', 'body', 'benefits', 'drawbacks', 'asks', 'tags', 'attachment'];

export interface ResourceEditorProps {
  /** null for a new resource. */
  resource: Resource | null;
  onSaved: (resource: Resource) => void;
  onCancel: () => void;
}

const tagsOf = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function ResourceEditor({ resource, onSaved, onCancel }: ResourceEditorProps) {
  const [fields, setFields] = useState({
    title: resource?.title ?? '',
    body: resource?.body ?? '',
    benefits: resource?.benefits ?? '',
    drawbacks: resource?.drawbacks ?? '',
    asks: resource?.asks ?? '',
    tags: resource?.tags.join(', ') ?? '',
  });
  const [attachment, setAttachment] = useState<AttachmentChange>(undefined);
  const [submitted, setSubmitted] = useState(fields);
  const { busy, error, run, formRef } = useSubmit();
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(fields);
    const outcome = await run(() =>
      call('resources.save', {
        id: resource?.id ?? null,
        title: fields.title,
        body: fields.body,
        benefits: fields.benefits,
        drawbacks: fields.drawbacks,
        asks: fields.asks,
        tags: tagsOf(fields.tags),
        ...(attachment === undefined ? {} : { attachment }),
      }),
    );
    if (outcome?.ok) onSaved(outcome.value);
  };

  // A message stays until its field is changed: a corrected field needs no warning.
  const err = (key: string) => {
    if (
      key in fields &&
      fields[key as keyof typeof fields] !== submitted[key as keyof typeof fields]
    ) {
      return undefined;
    }
    return (
      error?.fields[key] ??
      Object.entries(error?.fields ?? {}).find(([k]) => k.startsWith(`${key}.`))?.[1]
    );
  };
  return (
    <>
      <PageHeader eyebrow="Library" title={resource ? 'Edit resource' : 'New resource'} />
      <form ref={formRef} className="resource-form" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          value={fields.title}
          onChange={set('title')}
          error={err('title')}
        />
        <TextArea
          label="Text"
          hint="Plain language, as you would say it. Leave a blank line between paragraphs; start a line with “- ” for a list."
          rows={12}
          value={fields.body}
          onChange={set('body')}
          error={err('body')}
        />
        <fieldset className="fieldset">
          <legend className="fieldset-legend">As an option on a plan</legend>
          <p className="muted">
            Added to a plan from the library, these fill the option card the client decides on.
            Honest drawbacks let the client choose freely.
          </p>
          <div className="resource-option-fields">
            <TextArea
              label="Benefits"
              rows={4}
              value={fields.benefits}
              onChange={set('benefits')}
              error={err('benefits')}
            />
            <TextArea
              label="Drawbacks"
              rows={4}
              value={fields.drawbacks}
              onChange={set('drawbacks')}
              error={err('drawbacks')}
            />
            <TextArea
              label="What it asks of the client"
              rows={4}
              value={fields.asks}
              onChange={set('asks')}
              error={err('asks')}
            />
          </div>
        </fieldset>
        <TextField
          label="Tags"
          hint="Separate tags with commas, for example: anxiety, skills."
          value={fields.tags}
          onChange={set('tags')}
          error={err('tags')}
        />
        <AttachmentField
          current={
            resource?.attachmentName
              ? { name: resource.attachmentName, bytes: resource.attachmentBytes }
              : null
          }
          value={attachment}
          onChange={setAttachment}
          error={err('attachment')}
        />
        <FormError
          error={error}
          placed={Object.keys(error?.fields ?? {}).filter((k) =>
            PLACED.includes(k.split('.')[0] ?? ''),
          )}
        />
        <div className="row form-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save resource
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </form>
    </>
  );
}
