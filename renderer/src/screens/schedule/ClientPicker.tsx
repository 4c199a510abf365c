import type { Ref } from 'react';
import { displayName, type ClientSummary } from '../../../../shared/domain/clients.ts';
import { Combobox, type ComboboxOption } from '../../ui/Combobox.tsx';
import { useClientSearch } from '../clients/useClientSearch.ts';

export interface PickedClient {
  id: number;
  name: string;
}

function detail(client: ClientSummary): string {
  const parts = [
    client.preferredName ? `${client.legalFirstName} ${client.legalLastName}` : '',
    client.dateOfBirth ? `born ${client.dateOfBirth}` : '',
    client.status === 'waitlist' ? 'on the waitlist' : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function toOption(client: ClientSummary): ComboboxOption {
  const secondary = detail(client);
  const option = { key: String(client.id), primary: displayName(client) };
  return secondary ? { ...option, secondary } : option;
}

export interface ClientPickerProps {
  ref?: Ref<HTMLInputElement>;
  query: string;
  onQueryChange: (query: string) => void;
  selected: PickedClient | null;
  onSelect: (client: PickedClient | null) => void;
  error?: string | undefined;
}

/** Finds a client to book with the same instant search as the Clients screen. */
export function ClientPicker({
  ref,
  query,
  onQueryChange,
  selected,
  onSelect,
  error,
}: ClientPickerProps) {
  const picking = selected === null || query !== selected.name;
  const { results, searching } = useClientSearch(picking ? query : '', 'all');
  // Discharged clients cannot be booked: they are re-activated from their profile first.
  const options =
    picking && query.trim() !== ''
      ? (results?.clients ?? []).filter((c) => c.status !== 'discharged').map(toOption)
      : [];
  let status = '';
  if (selected && !picking) status = `Booking for ${selected.name}.`;
  else if (query.trim() !== '' && !searching) {
    status =
      options.length === 0
        ? 'No client matches. New clients are added on the Clients screen.'
        : `${options.length} ${options.length === 1 ? 'client matches' : 'clients match'}.`;
  }

  return (
    <Combobox
      ref={ref}
      label="Client"
      hint="Type part of a name, then choose from the list."
      error={error}
      value={query}
      onValueChange={(text) => {
        onQueryChange(text);
        if (selected && text !== selected.name) onSelect(null);
      }}
      options={options}
      onChoose={(option) => {
        onQueryChange(option.primary);
        onSelect({ id: Number(option.key), name: option.primary });
      }}
      listLabel="Matching clients"
      status={status}
    />
  );
}
