import type { Key, ReactNode } from 'react';
import { Table } from '../../ui/Table.tsx';

export interface ReportColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Money and counts: right-aligned so the digits line up. */
  numeric?: boolean;
}

export interface ReportTableProps<T> {
  caption: string;
  columns: readonly ReportColumn<T>[];
  rows: readonly T[];
  /** Shown in the table's foot, in bold: it is what the rows add up to. */
  totals: T;
  rowKey: (row: T) => Key;
  busy?: boolean;
}

/** A number in a numeric cell (money or a count); zero is quieter, so the rest stand out. */
export function Amount({ value, text }: { value: number; text: string }) {
  return value === 0 ? <span className="is-zero">{text}</span> : text;
}

/** A report's table: the UI kit's table, each row named by its first cell, and a totals row. */
export function ReportTable<T>({ columns, ...table }: ReportTableProps<T>) {
  return (
    <Table
      {...table}
      hideCaption
      rowHeaders
      className="report-table"
      columns={columns.map(({ numeric, ...column }) => ({
        ...column,
        align: numeric ? 'end' : 'start',
      }))}
    />
  );
}
