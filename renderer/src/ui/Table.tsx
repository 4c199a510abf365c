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
}

export function Table<T>({ caption, hideCaption, columns, rows, rowKey, busy }: TableProps<T>) {
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={busy || undefined}>
        <caption className={hideCaption ? 'sr-only' : 'table-caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={[column.align === 'end' ? 'align-end' : '', column.className ?? '']
                  .filter(Boolean)
                  .join(' ')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td
                  key={column.header}
                  className={[column.align === 'end' ? 'align-end' : '', column.className ?? '']
                    .filter(Boolean)
                    .join(' ')}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
