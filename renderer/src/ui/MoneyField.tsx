import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field.tsx';
import './MoneyField.css';

export interface MoneyFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'inputMode'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** ISO code of the practice currency; its symbol sits before the amount. */
  currency: string;
  ref?: Ref<HTMLInputElement>;
}

function symbolOf(currency: string): string {
  const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/**
 * An amount typed as text ("25.00"), parsed by the caller with parseMoney: a number input would
 * round, accept exponents and lose what the counselor typed.
 */
export function MoneyField({ label, hint, error, currency, className, ...input }: MoneyFieldProps) {
  const symbol = symbolOf(currency);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="money-input">
          <span className="money-symbol" aria-hidden="true">
            {symbol}
          </span>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="input"
            // Room for the symbol, however long it is ("$", "CA$", "CHF").
            style={{ paddingLeft: `calc(var(--space-3) + ${symbol.length + 0.75}ch)` }}
            {...input}
            {...control}
          />
        </div>
      )}
    </Field>
  );
}
