import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/dates.ts';
import type { BackupEntry, BackupState } from '../../../../shared/domain/backup.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import './settings.css';

const REASONS: Record<string, string> = {
  manual: 'Made by you',
  daily: 'Daily',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

function clientCount(n = 0): string {
  return n === 1 ? '1 client' : `${n} clients`;
}

function size(bytes: number | null): string {
  if (bytes === null) return '—';
  return bytes < 1_048_576
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function BackupsScreen({ timeZone }: { timeZone: string }) {
  const [state, setState] = useState<BackupState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [exported, setExported] = useState('');
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const { busy, error, run } = useSubmit();

  useEffect(() => {
    let live = true;
    call('backup.state').then(
      (value) => live && setState(value),
      (caught: unknown) => live && setLoadError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, []);

  const act = async (action: () => Promise<BackupState>, message: string) => {
    setDone('');
    const outcome = await run(action);
    if (outcome?.ok) {
      setState(outcome.value);
      setDone(message);
    }
  };

  const columns: Column<BackupEntry>[] = [
    {
      header: 'Made',
      cell: (b) => (b.createdAt ? formatDateTime(b.createdAt, timeZone) : b.name),
      className: 'nowrap',
    },
    { header: 'Why', cell: (b) => (b.reason ? (REASONS[b.reason] ?? b.reason) : 'Unknown') },
    { header: 'Clients', cell: (b) => b.counts.clients ?? '—', align: 'end' },
    { header: 'Size', cell: (b) => size(b.bytes), align: 'end' },
    {
      header: 'Restore',
      cell: (b) =>
        b.intact ? (
          <Button
            className="button-small"
            onClick={() => setRestoring(b)}
            aria-label={`Restore the backup made ${b.createdAt ? formatDateTime(b.createdAt, timeZone) : b.name}`}
          >
            Restore…
          </Button>
        ) : (
          'Manifest missing'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Backups"
        description="Encrypted copies of your records in a folder you choose — ideally on another drive. A backup opens only with your passphrase or recovery key."
      />
      {loadError && (
        <Alert tone="error" title="Backups could not be read">
          {loadError}
        </Alert>
      )}
      {error && <Alert tone="error">{error.message}</Alert>}
      {state && (
        <>
          <Card
            title="Where backups go"
            description={
              state.settings.folder ?? 'No folder chosen yet. Choose one to turn backups on.'
            }
          >
            <div className="form-actions">
              <Button
                onClick={() => act(() => call('backup.chooseFolder'), 'Backup folder saved.')}
                busy={busy}
              >
                {state.settings.folder ? 'Choose another folder…' : 'Choose a folder…'}
              </Button>
              <Button
                variant="primary"
                disabled={!state.settings.folder}
                busy={busy}
                busyLabel="Backing up…"
                onClick={() => act(() => call('backup.now'), 'Backup written and verified.')}
              >
                Back up now
              </Button>
              <StatusMessage>{done}</StatusMessage>
            </div>
            <Checkbox
              label="Back up once a day when I unlock Accord (keeps 7 daily, 4 weekly and 12 monthly copies)"
              checked={state.settings.daily}
              onChange={(event) =>
                act(() => call('backup.setDaily', { daily: event.target.checked }), 'Saved.')
              }
            />
          </Card>
          <Card
            title="Export everything"
            description="All your records in open formats — JSON for every table, CSV for clients and sessions, PDFs of plans and notes — in a new folder inside one you choose. The export is not encrypted: keep it somewhere safe."
          >
            <div className="form-actions">
              <Button
                busy={busy}
                busyLabel="Exporting…"
                onClick={async () => {
                  setDone('');
                  const outcome = await run(() => call('data.exportAll'));
                  if (outcome?.ok && outcome.value.saved) {
                    setExported(
                      `Exported to ${outcome.value.folder} (${clientCount(outcome.value.counts.clients)}).`,
                    );
                  }
                }}
              >
                Export everything…
              </Button>
              <Button
                busy={busy}
                busyLabel="Importing…"
                onClick={async () => {
                  const outcome = await run(() => call('data.importAll'));
                  if (outcome?.ok && outcome.value.imported) {
                    setExported(
                      `Imported ${clientCount(outcome.value.counts.clients)}. Lock and unlock to see them everywhere.`,
                    );
                  }
                }}
              >
                Import an export…
              </Button>
              <StatusMessage>{exported}</StatusMessage>
            </div>
            <p className="muted">
              Importing works only in a new vault, before any records are added.
            </p>
          </Card>
          <Card title="Backups in this folder">
            {state.backups.length === 0 ? (
              <p className="muted">No backups yet.</p>
            ) : (
              <Table
                caption="Backups, newest first"
                hideCaption
                columns={columns}
                rows={state.backups}
                rowKey={(b) => b.name}
              />
            )}
          </Card>
        </>
      )}
      <Dialog
        open={restoring !== null}
        title="Restore this backup?"
        onClose={() => setRestoring(null)}
      >
        <p>
          Accord will put the records from this backup in place of the current ones. The current
          records are kept as a backup first, so you can go back.
        </p>
        <div className="dialog-actions">
          <Button onClick={() => setRestoring(null)}>Keep the current records</Button>
          <Button
            variant="primary"
            busy={busy}
            busyLabel="Restoring…"
            onClick={async () => {
              const name = restoring?.name ?? '';
              setRestoring(null);
              await act(
                () => call('backup.restore', { name }),
                'Restored. Your previous records were kept as a backup.',
              );
            }}
          >
            Restore
          </Button>
        </div>
      </Dialog>
    </>
  );
}
