import type { ChannelInput } from '../../../../../shared/contract.ts';
import type { Diagnosis } from '../../../../../shared/domain/clients.ts';

export interface DiagnosisRow {
  code: string;
  title: string;
  diagnosedOn: string;
  /** Codes outside Accord's list are saved with the title the counselor typed. */
  custom: boolean;
}

export const MAX_DIAGNOSES = 12;

export function rowsFrom(diagnoses: readonly Diagnosis[]): DiagnosisRow[] {
  return diagnoses.map((d) => ({
    code: d.code,
    title: d.title,
    diagnosedOn: d.diagnosedOn,
    custom: false,
  }));
}

export function sameRows(a: readonly DiagnosisRow[], b: readonly DiagnosisRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => row.code === b[i]?.code && row.diagnosedOn === b[i]?.diagnosedOn)
  );
}

export function diagnosesInput(
  clientId: number,
  rows: readonly DiagnosisRow[],
): ChannelInput<'clients.setDiagnoses'> {
  return {
    clientId,
    diagnoses: rows.map((row) => ({
      code: row.code,
      diagnosedOn: row.diagnosedOn,
      ...(row.custom ? { title: row.title } : {}),
    })),
  };
}

export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
