import type { Key, ReactNode } from 'react';
import './Table.css';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Numbers are right-aligned so their digits line up. */
  align?: 'start' | 'end';
  className?: string;
}

export interface TableProps<T> {
  caption: string;
  /** Keep the caption for screen readers only, when a visible heading already says it. */
  hideCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
  busy?: boolean;
  /** The first cell names its row (a client, a month): a row header for screen readers. */
  rowHeaders?: boolean;
  /** What the rows add up to: a last row of its own, in the table's <tfoot>. */
  totals?: T;
  /** Added to the <table>'s class, for a screen's own spacing. */
  className?: string;
}

function classOf<T>(column: Column<T>): string {
  return [column.align === 'end' ? 'align-end' : '', column.className ?? '']
    .filter(Boolean)
    .join(' ');
}

export function Table<T>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
  busy,
  rowHeaders = false,
  totals,
  className,
}: TableProps<T>) {
  const cells = (row: T) =>
    columns.map((column, i) =>
      rowHeaders && i === 0 ? (
        <th key={column.header} scope="row" className={classOf(column)}>
          {column.cell(row)}
        </th>
      ) : (
        <td key={column.header} className={classOf(column)}>
          {column.cell(row)}
        </td>
      ),
    );
  return (
    <div className="table-wrap">
      <table
        className={['table', className ?? ''].filter(Boolean).join(' ')}
        aria-busy={busy || undefined}
      >
        <caption className={hideCaption ? 'sr-only' : 'table-caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={classOf(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>{cells(row)}</tr>
          ))}
        </tbody>
        {totals !== undefined && (
          <tfoot>
            <tr>{cells(totals)}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
