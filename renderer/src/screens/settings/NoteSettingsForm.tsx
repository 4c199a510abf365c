import { useEffect, useState, type FormEvent } from 'react';
import {
  NOTE_TEMPLATES,
  TEMPLATE_KEYS,
  type NoteTemplate,
} from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import { sectionNames } from '../notes/format.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Choice } from '../../ui/Choice.tsx';
import './settings.css';

/**
 * The template a new progress note starts with. It reads its own setting, so it can sit on any
 * settings page without that page knowing about notes.
 */
export function NoteSettingsForm() {
  const [template, setTemplate] = useState<NoteTemplate | null>(null);
  const [saved, setSaved] = useState(false);
  const [loadError, setLoadError] = useState('');
  const { busy, error, run, formRef } = useSubmit();

  useEffect(() => {
    let live = true;
    call('settings.get').then(
      (settings) => live && setTemplate(settings.notes.defaultTemplate),
      () => live && setLoadError('Your note settings could not be read. Open this page again.'),
    );
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    const outcome = await run(() => call('settings.saveNotes', { defaultTemplate: template }));
    if (outcome?.ok) {
      setTemplate(outcome.value.defaultTemplate);
      setSaved(true);
    }
  };

  return (
    <Card
      title="Progress notes"
      description="The template a new note starts with. You can pick another for any note until you start writing it."
    >
      {loadError && <Alert tone="error" title={loadError} />}
      {template && (
        <form ref={formRef} className="settings-form-plain" onSubmit={submit} noValidate>
          <Choice<NoteTemplate>
            legend="Default template"
            options={TEMPLATE_KEYS.map((key) => ({
              value: key,
              label: NOTE_TEMPLATES[key].label,
              hint: sectionNames(key),
            }))}
            value={template}
            onChange={(next) => {
              setTemplate(next);
              setSaved(false);
            }}
            error={error?.fields.defaultTemplate}
          />
          <FormError error={error} placed={['defaultTemplate']} onField={['VALIDATION']} />
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              Save note settings
            </Button>
            <StatusMessage>{saved ? 'Saved' : ''}</StatusMessage>
          </div>
        </form>
      )}
    </Card>
  );
}
