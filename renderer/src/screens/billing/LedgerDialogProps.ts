import type { Ledger } from '../../../../shared/domain/billing.ts';

/** What each dialog of the Billing tab gets: the client's ledger, and where the new one goes. */
export interface LedgerDialogProps<Done = (ledger: Ledger) => void> {
  clientId: number;
  ledger: Ledger;
  currency: string;
  /** Today in the practice's time zone (YYYY-MM-DD): where the dialog's date starts. */
  today: string;
  onClose: () => void;
  onDone: Done;
}
