import { Select } from '../../ui/Select.tsx';

export interface GroupBySelectProps<By extends string> {
  value: By;
  options: readonly { value: By; label: string }[];
  onChange: (by: By) => void;
}

/** How a report's rows are grouped (by client, by month…): the same control on every report. */
export function GroupBySelect<By extends string>({
  value,
  options,
  onChange,
}: GroupBySelectProps<By>) {
  return (
    <Select
      label="Group by"
      className="report-group"
      value={value}
      options={options}
      // The options are all of type By, so the chosen value is one of them.
      onChange={(event) => onChange(event.target.value as By)}
    />
  );
}
