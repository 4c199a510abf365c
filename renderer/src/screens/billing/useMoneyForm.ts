import { useCallback, type FormEvent } from 'react';
import { parseMoney } from '../../../../shared/money.ts';
import { useSubmit } from '../../forms/useSubmit.ts';

/** One money field of a form, as typed, and what to tell the counselor when it cannot be read. */
export interface MoneyInput {
  text: string;
  /** The field's message, like "Enter an amount like 80.00.". */
  problem: string;
  /** Empty is allowed and reads as 0. */
  optional?: boolean;
  /** Zero is refused too: only an amount above nothing makes sense here. */
  positive?: boolean;
}

/**
 * useSubmit for a form with money in it: reads the amounts typed before anything is sent, and
 * shows what cannot be read on its field, the way the core's own validation errors are shown.
 */
export function useMoneyForm(currency: string) {
  const submit = useSubmit();
  const { setError } = submit;

  /** Stops the submission with field messages, like a VALIDATION error from the core. */
  const refuse = useCallback(
    (message: string, fields: Record<string, string>) =>
      setError({ code: 'VALIDATION', message, fields }),
    [setError],
  );

  /**
   * The cents of each money field (keyed by the field the core names), or null once the fields
   * that cannot be read are marked.
   */
  const readMoney = useCallback(
    <K extends string>(
      inputs: Record<K, MoneyInput>,
      message = 'Check the amount.',
    ): Record<K, number> | null => {
      const cents = {} as Record<K, number>;
      const problems: Record<string, string> = {};
      for (const key of Object.keys(inputs) as K[]) {
        const { text, problem, optional = false, positive = false } = inputs[key];
        const value = optional && text.trim() === '' ? 0 : parseMoney(text, currency);
        if (value === null || (positive && value <= 0)) problems[key] = problem;
        else cents[key] = value;
      }
      if (Object.keys(problems).length === 0) return cents;
      refuse(message, problems);
      return null;
    },
    [currency, refuse],
  );

  /**
   * The form's onSubmit: reads the amounts, sends them with the rest of the form, and hands what
   * the core returned to done. Nothing is sent while an amount cannot be read.
   */
  const submitMoney =
    <K extends string, T>(
      amounts: Record<K, MoneyInput>,
      send: (cents: Record<K, number>) => Promise<T>,
      done: (value: T) => void,
      message?: string,
    ) =>
    async (event: FormEvent) => {
      event.preventDefault();
      const cents = readMoney(amounts, message);
      if (!cents) return;
      const outcome = await submit.run(() => send(cents));
      if (outcome?.ok) done(outcome.value);
    };

  return { ...submit, fields: submit.error?.fields ?? {}, refuse, readMoney, submitMoney };
}
