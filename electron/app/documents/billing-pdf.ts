import { buildPdf, PDF_COLORS } from './pdf.ts';

const { ink: INK, muted: MUTED, accent: ACCENT } = PDF_COLORS;
const RULE = '#c9d3d0';
const SHADE = '#eef3f1';

export interface TableColumn {
  header: string;
  /** Share of the text width; the shares of a table add up to about 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface Block {
  label: string;
  lines: string[];
}

/**
 * What billing documents are made of: a letterhead, blocks side by side, tables that wrap and
 * carry their header over a page break, a totals box and signature lines. `renderPdf` is for
 * prose documents (plans, notes); invoices, superbills, statements and estimates need columns.
 */
export interface BillingPdf {
  letterhead(practice: Block, document: { title: string; lines: string[] }): void;
  blocks(blocks: Block[]): void;
  heading(text: string): void;
  paragraph(text: string, options?: { muted?: boolean; bold?: boolean; size?: number }): void;
  table(
    columns: TableColumn[],
    rows: string[][],
    options?: { totals?: string[]; fontSize?: number },
  ): void;
  /** Label and amount pairs, right-aligned under a table; the last may be stressed. */
  totals(rows: { label: string; value: string; strong?: boolean }[]): void;
  signatureLines(labels: string[]): void;
  gap(size?: number): void;
}

/** A billing document, every page numbered ("Invoice · page 1 of 2"). */
export function renderBillingPdf(kind: string, write: (w: BillingPdf) => void): Promise<Buffer> {
  const margins = { top: 54, bottom: 60, left: 54, right: 54 };
  return buildPdf(kind, { margins, bufferPages: true }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const bottom = () => doc.page.height - doc.page.margins.bottom;
    const ensure = (height: number) => {
      if (doc.y + height > bottom()) {
        doc.addPage();
        doc.y = doc.page.margins.top;
      }
    };
    const blockHeight = (block: Block, w: number) => {
      doc.font('bold').fontSize(9);
      let h = doc.heightOfString(block.label, { width: w }) + 3;
      doc.font('regular').fontSize(10);
      for (const line of block.lines)
        h += doc.heightOfString(line || ' ', { width: w, lineGap: 1 });
      return h;
    };
    const drawBlock = (block: Block, x: number, y: number, w: number) => {
      doc.font('bold').fontSize(9).fillColor(MUTED).text(block.label.toUpperCase(), x, y, {
        width: w,
        characterSpacing: 0.4,
      });
      doc.y += 3;
      doc.font('regular').fontSize(10).fillColor(INK);
      for (const line of block.lines) doc.text(line || ' ', x, doc.y, { width: w, lineGap: 1 });
    };

    let cellSize = 9.5;
    const rowHeight = (cells: string[], widths: number[], font: string) => {
      doc.font(font).fontSize(cellSize);
      return Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 8 })),
      );
    };
    const drawRow = (
      cells: string[],
      columns: TableColumn[],
      widths: number[],
      options: { font: string; color: string; fill?: string },
    ) => {
      const h = rowHeight(cells, widths, options.font) + 8;
      const y = doc.y;
      if (options.fill) doc.rect(left, y, width, h).fill(options.fill);
      let x = left;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        doc
          .font(options.font)
          .fontSize(cellSize)
          .fillColor(options.color)
          .text(cell, x + 4, y + 4, { width: w - 8, align: columns[i]?.align ?? 'left' });
        x += w;
      });
      doc
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .strokeColor(RULE)
        .lineWidth(0.5)
        .stroke();
      doc.x = left;
      doc.y = y + h;
    };

    const writer: BillingPdf = {
      letterhead(practice, document) {
        const top = doc.y;
        const half = width * 0.55;
        doc
          .font('bold')
          .fontSize(14)
          .fillColor(INK)
          .text(practice.label, left, top, { width: half });
        doc.font('regular').fontSize(9.5).fillColor(MUTED);
        for (const line of practice.lines) doc.text(line, left, doc.y, { width: half, lineGap: 1 });
        const leftEnd = doc.y;
        const rightX = left + half + 12;
        const rightW = width - half - 12;
        // A long title ("Good Faith Estimate") is set smaller rather than broken over two lines.
        doc.font('bold').fontSize(20);
        const size = doc.widthOfString(document.title) > rightW ? 16 : 20;
        doc
          .fontSize(size)
          .fillColor(ACCENT)
          .text(document.title, rightX, top, { width: rightW, align: 'right' });
        doc.font('regular').fontSize(9.5).fillColor(INK);
        for (const line of document.lines)
          doc.text(line, rightX, doc.y, { width: rightW, align: 'right', lineGap: 1 });
        doc.y = Math.max(leftEnd, doc.y) + 10;
        doc
          .moveTo(left, doc.y)
          .lineTo(left + width, doc.y)
          .strokeColor(ACCENT)
          .lineWidth(1.2)
          .stroke();
        doc.x = left;
        doc.y += 14;
      },
      blocks(blocks) {
        const gutter = 18;
        const w = (width - gutter * (blocks.length - 1)) / blocks.length;
        ensure(Math.max(...blocks.map((b) => blockHeight(b, w))));
        const top = doc.y;
        let end = top;
        blocks.forEach((block, i) => {
          drawBlock(block, left + i * (w + gutter), top, w);
          end = Math.max(end, doc.y);
        });
        doc.x = left;
        doc.y = end + 12;
      },
      heading(text) {
        ensure(48);
        doc.y += 6;
        doc.font('bold').fontSize(12).fillColor(ACCENT).text(text, left, doc.y, { width });
        doc.y += 4;
      },
      paragraph(text, options = {}) {
        if (text.trim() === '') return;
        doc
          .font(options.bold ? 'bold' : 'regular')
          .fontSize(options.size ?? 10)
          .fillColor(options.muted ? MUTED : INK);
        ensure(doc.heightOfString(text, { width, lineGap: 2 }));
        doc.text(text, left, doc.y, { width, lineGap: 2 });
        doc.y += 5;
      },
      table(columns, rows, options = {}) {
        cellSize = options.fontSize ?? 9.5;
        const share = columns.reduce((s, c) => s + c.width, 0);
        const widths = columns.map((c) => (c.width / share) * width);
        const header = () =>
          drawRow(
            columns.map((c) => c.header),
            columns,
            widths,
            { font: 'bold', color: INK, fill: SHADE },
          );
        ensure(
          rowHeight(
            columns.map((c) => c.header),
            widths,
            'bold',
          ) + 40,
        );
        header();
        for (const row of rows) {
          const h = rowHeight(row, widths, 'regular') + 8;
          if (doc.y + h > bottom()) {
            doc.addPage();
            doc.y = doc.page.margins.top;
            header();
          }
          drawRow(row, columns, widths, { font: 'regular', color: INK });
        }
        if (options.totals) {
          ensure(rowHeight(options.totals, widths, 'bold') + 8);
          drawRow(options.totals, columns, widths, { font: 'bold', color: INK });
        }
        doc.y += 10;
      },
      totals(rows) {
        const boxW = Math.min(360, width);
        const x = left + width - boxW;
        ensure(rows.length * 18 + 8);
        for (const row of rows) {
          const y = doc.y;
          const font = row.strong ? 'bold' : 'regular';
          const size = row.strong ? 11.5 : 10;
          doc
            .font(font)
            .fontSize(size)
            .fillColor(INK)
            .text(row.label, x, y, { width: boxW * 0.7 });
          const labelEnd = doc.y;
          doc.text(row.value, x + boxW * 0.7, y, { width: boxW * 0.3, align: 'right' });
          doc.y = Math.max(labelEnd, doc.y) + 4;
          if (row.strong) {
            doc
              .moveTo(x, y - 3)
              .lineTo(x + boxW, y - 3)
              .strokeColor(INK)
              .lineWidth(0.75)
              .stroke();
          }
        }
        doc.x = left;
        doc.y += 8;
      },
      signatureLines(labels) {
        ensure(60);
        doc.y += 30;
        const gutter = 28;
        const w = (width - gutter * (labels.length - 1)) / labels.length;
        const y = doc.y;
        labels.forEach((label, i) => {
          const x = left + i * (w + gutter);
          doc
            .moveTo(x, y)
            .lineTo(x + w, y)
            .strokeColor(MUTED)
            .lineWidth(0.75)
            .stroke();
          doc
            .font('regular')
            .fontSize(9)
            .fillColor(MUTED)
            .text(label, x, y + 4, { width: w });
        });
        doc.x = left;
        doc.y = y + 22;
      },
      gap(size = 8) {
        doc.y += size;
      },
    };
    write(writer);

    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Written inside the bottom margin: lift the margin so pdfkit does not start a new page.
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('regular')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(`${kind} · page ${i + 1} of ${range.count}`, left, doc.page.height - 40, {
          width,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = margin;
    }
  });
}
