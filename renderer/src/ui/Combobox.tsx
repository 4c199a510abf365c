import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Field } from './Field.tsx';
import './Combobox.css';

export interface ComboboxOption {
  key: string;
  /** Shown first, e.g. a code. */
  primary: string;
  secondary?: string;
}

export interface ComboboxProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onValueChange: (text: string) => void;
  options: readonly ComboboxOption[];
  onChoose: (option: ComboboxOption) => void;
  /** Names the list of suggestions, e.g. "Matching codes". */
  listLabel: string;
  /** Announced under the input: how many suggestions there are, or why there are none. */
  status: string;
  placeholder?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A text input with a list of suggestions (ARIA 1.2 combobox). Focus stays in the input; Up and
 * Down move the highlighted suggestion, Enter chooses it, Escape closes the list, then clears.
 */
export function Combobox({
  label,
  hint,
  error,
  value,
  onValueChange,
  options,
  onChoose,
  listLabel,
  status,
  placeholder,
  ref,
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const shown = open && value.trim() !== '' && options.length > 0;
  const active = Math.min(highlight, options.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (option: ComboboxOption | undefined) => {
    if (!option) return;
    onChoose(option);
    setHighlight(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && value.trim()) {
      // Enter is for picking a suggestion here, never for submitting the form around the input.
      event.preventDefault();
      if (shown) choose(options[active]);
    } else if (event.key === 'Escape') {
      if (shown) setOpen(false);
      else onValueChange('');
      // Escape inside a dialog would close the dialog too.
      if (shown || value) event.preventDefault();
    }
  };

  return (
    <Field label={label} hint={hint} error={error} live={status} className="combobox">
      {(control) => (
        <div className="combobox-box">
          <input
            ref={ref}
            type="text"
            role="combobox"
            className="input"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={shown}
            aria-controls={listId}
            aria-activedescendant={shown ? optionId(active) : undefined}
            placeholder={placeholder}
            value={value}
            onChange={(event) => {
              onValueChange(event.target.value);
              setOpen(true);
              setHighlight(0);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            {...control}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={listLabel}
            className="combobox-list"
            hidden={!shown}
          >
            {options.map((option, index) => (
              <li
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="combobox-option"
                // mousedown would blur the input and close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => index !== active && setHighlight(index)}
                onClick={() => choose(option)}
              >
                <span className="combobox-primary">{option.primary}</span>
                {option.secondary && <span className="combobox-secondary">{option.secondary}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
