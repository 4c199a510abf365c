import { useCallback, useEffect, useState } from 'react';
import { formatMoney } from '../../../../shared/money.ts';
import { PLACES_OF_SERVICE, type Service } from '../../../../shared/domain/services.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { ServiceDialog } from './ServicesSettingsDialog.tsx';
import './ServicesSettings.css';

export interface ServicesSettingsProps {
  currency: string;
}

/** The services a counselor bills: CPT codes with our plain labels, lengths and fees. */
export function ServicesSettings({ currency }: ServicesSettingsProps) {
  const [services, setServices] = useState<Service[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const [rowError, setRowError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      const { services: all } = await call('services.list', { includeInactive: true });
      setServices(all);
      setLoadError(null);
    } catch (error) {
      setLoadError(toShownError(error).message);
    }
  }, []);

  useEffect(() => {
    let live = true;
    call('services.list', { includeInactive: true }).then(
      ({ services: all }) => live && setServices(all),
      (error: unknown) => live && setLoadError(toShownError(error).message),
    );
    return () => {
      live = false;
    };
  }, []);

  const setActive = async (service: Service, active: boolean) => {
    setBusyId(service.id);
    setRowError(null);
    try {
      const { id, ...fields } = service;
      await call('services.save', { ...fields, id, active });
      setStatus(`${service.code} ${active ? 'restored' : 'archived'}.`);
      await load();
    } catch (error) {
      setRowError(toShownError(error).message);
    } finally {
      setBusyId(null);
    }
  };

  const columns: Column<Service>[] = [
    { header: 'Code', cell: (s) => <span className="service-code">{s.code}</span> },
    {
      header: 'Service',
      cell: (s) => (
        <span className="service-name">
          {s.label}
          {s.isAddOn && <Badge tone="quiet">Add-on</Badge>}
          {!s.active && <Badge tone="quiet">Archived</Badge>}
        </span>
      ),
    },
    {
      header: 'Minutes',
      align: 'end',
      cell: (s) => (s.defaultMinutes > 0 ? s.defaultMinutes : '—'),
    },
    { header: 'Fee', align: 'end', cell: (s) => formatMoney(s.feeCents, currency) },
    {
      header: 'Place of service',
      cell: (s) => `${s.placeOfService} · ${PLACES_OF_SERVICE[s.placeOfService]}`,
    },
    {
      header: 'Actions',
      className: 'nowrap',
      cell: (s) => (
        <div className="row service-actions">
          <Button
            variant="quiet"
            onClick={() => setEditing(s)}
            aria-label={`Edit ${s.code}, ${s.label}`}
          >
            Edit
          </Button>
          <Button
            variant="quiet"
            busy={busyId === s.id}
            onClick={() => void setActive(s, !s.active)}
            aria-label={`${s.active ? 'Archive' : 'Restore'} ${s.code}, ${s.label}`}
          >
            {s.active ? 'Archive' : 'Restore'}
          </Button>
        </div>
      ),
    },
  ];

  const shown = (services ?? []).filter((s) => showArchived || s.active);
  const archived = (services ?? []).filter((s) => !s.active).length;
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Services and fees"
        description="What you offer and what it costs. Each service is a CPT code with your own plain label; the fee and length fill in when you book."
      />
      {loadError && (
        <Alert tone="error" title="The services could not be loaded.">
          <p>{loadError}</p>
          <div className="row">
            <Button onClick={() => void load()}>Try again</Button>
          </div>
        </Alert>
      )}
      <div className="services-bar">
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add a service
        </Button>
        {archived > 0 && (
          <Checkbox
            label={`Show archived (${archived})`}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
        )}
        <StatusMessage>{status}</StatusMessage>
      </div>
      {rowError && <Alert tone="error" title={rowError} />}
      <div className="services-table">
        <Table
          caption="Services"
          hideCaption
          columns={columns}
          rows={shown}
          rowKey={(s) => s.id}
          busy={services === null}
        />
      </div>
      <p className="muted prose">
        Archived services stay on past sessions and bills but are no longer offered when booking.
        Fees are in {currency}.
      </p>
      {editing && (
        <ServiceDialog
          service={editing === 'new' ? null : editing}
          currency={currency}
          onSaved={(saved) => {
            setEditing(null);
            setStatus(`${saved.code} saved.`);
            void load();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}
