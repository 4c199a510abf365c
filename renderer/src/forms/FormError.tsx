import { Alert } from '../ui/Alert.tsx';
import { unplacedMessages, type ShownError } from '../errors.ts';

export interface FormErrorProps {
  error: ShownError | null;
  /** The fields this form shows its own messages for. */
  placed: readonly string[];
  /** Codes whose message is already shown on a field, so no summary is needed. */
  onField?: readonly string[];
}

/** The summary of what went wrong with a submission, above or beside the form's button. */
export function FormError({ error, placed, onField = [] }: FormErrorProps) {
  if (!error) return null;
  const extra = unplacedMessages(error, placed);
  if (onField.includes(error.code) && extra.length === 0) return null;
  return (
    <Alert tone="error" title={error.message}>
      {extra.length > 0 && (
        <ul className="alert-list">
          {extra.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
