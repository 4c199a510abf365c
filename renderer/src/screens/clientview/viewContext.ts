import { createContext, useContext } from 'react';
import type { ClientViewState } from '../../../../shared/domain/care.ts';

/** How a step hands the core's fresh view back to the screen after a save. */
export interface ViewUpdate {
  view: ClientViewState;
  setView: (next: ClientViewState) => void;
  /** After NOT_FOUND (the plan changed under the client): fetch the view again. */
  refresh: () => void;
}

export const ViewContext = createContext<ViewUpdate | null>(null);

export function useView(): ViewUpdate {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useView is used outside Client view');
  return value;
}
