import { useState } from 'react';
import { displayName, type ClientSummary } from '../../../../shared/domain/clients.ts';
import { Combobox, type ComboboxOption } from '../../ui/Combobox.tsx';
import { useClientSearch } from '../clients/useClientSearch.ts';

export interface PickedClient {
  id: number;
  name: string;
}

function toOption(client: ClientSummary): ComboboxOption {
  const notes = [
    client.dateOfBirth ? `born ${client.dateOfBirth}` : '',
    client.status === 'active' ? '' : client.status,
  ].filter(Boolean);
  const option = { key: String(client.id), primary: displayName(client) };
  return notes.length > 0 ? { ...option, secondary: notes.join(' · ') } : option;
}

export interface ClientFieldProps {
  label: string;
  selected: PickedClient | null;
  onSelect: (client: PickedClient | null) => void;
  error?: string | undefined;
}

/** Finds a client by name as the counselor types, with the Clients screen's search. */
export function ClientField({ label, selected, onSelect, error }: ClientFieldProps) {
  const [query, setQuery] = useState(selected?.name ?? '');
  const picking = selected === null || query !== selected.name;
  const { results, searching } = useClientSearch(picking ? query : '', 'all');
  const options = picking && query.trim() !== '' ? (results?.clients ?? []).map(toOption) : [];
  let status = '';
  if (selected && !picking) status = `${selected.name} chosen.`;
  else if (query.trim() !== '' && !searching) {
    status =
      options.length === 0
        ? 'No client matches.'
        : `${options.length} ${options.length === 1 ? 'client matches' : 'clients match'}.`;
  }
  return (
    <Combobox
      label={label}
      hint="Type part of a name, then choose from the list."
      error={error}
      value={query}
      onValueChange={(text) => {
        setQuery(text);
        if (selected && text !== selected.name) onSelect(null);
      }}
      options={options}
      onChoose={(option) => {
        setQuery(option.primary);
        onSelect({ id: Number(option.key), name: option.primary });
      }}
      listLabel="Matching clients"
      status={status}
    />
  );
}
