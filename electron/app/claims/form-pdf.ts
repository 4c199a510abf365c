import { buildPdf } from '../documents/pdf.ts';

/** What is typed on the form: near-black, as a printer fills it in. */
const INK = '#111111';
/** The CMS-1500 is printed in red ink; a muted red keeps the labels apart from what is typed. */
const FORM_INK = '#a3342b';

/**
 * A fixed-layout form page: labelled rectangles at absolute positions, the way a printed form
 * is laid out, with typed values inside them. Everything is real text (extractable, searchable).
 */
export interface FormWriter {
  /** A numbered box: its label small at the top, its value lines below. */
  box(x: number, y: number, w: number, h: number, label: string, lines?: readonly string[]): void;
  /** Free text at a position (headers, column titles, checkbox rows). */
  text(
    x: number,
    y: number,
    value: string,
    options?: {
      size?: number;
      bold?: boolean;
      form?: boolean;
      width?: number;
      align?: 'left' | 'right' | 'center';
      /** Wrap within `width` (column titles of two or three short lines). */
      wrap?: boolean;
    },
  ): void;
  /** A small checkbox with its label after it; an X inside when checked. */
  check(x: number, y: number, label: string, checked: boolean): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
}

/** A form with no margins: everything is placed where the printed form has it. */
export function renderFormPdf(kind: string, draw: (w: FormWriter) => void): Promise<Buffer> {
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  return buildPdf(kind, { margins }, (doc) => {
    const writer: FormWriter = {
      box(x, y, w, h, label, lines = []) {
        doc.lineWidth(0.6).strokeColor(FORM_INK).rect(x, y, w, h).stroke();
        doc
          .font('regular')
          .fontSize(5.6)
          .fillColor(FORM_INK)
          .text(label, x + 2.5, y + 2, {
            width: w - 5,
            height: 8,
            lineBreak: false,
            ellipsis: true,
          });
        let ty = y + 10.5;
        for (const value of lines) {
          if (ty + 8 > y + h) break;
          doc
            .font('mono')
            .fontSize(8.4)
            .fillColor(INK)
            .text(value, x + 4, ty, { width: w - 8, lineBreak: false, ellipsis: true });
          ty += 9.6;
        }
      },
      text(x, y, value, options = {}) {
        doc
          .font(options.bold ? 'bold' : options.form ? 'regular' : 'mono')
          .fontSize(options.size ?? 8.4)
          .fillColor(options.form ? FORM_INK : INK)
          .text(value, x, y, {
            lineBreak: options.wrap === true,
            ...(options.width ? { width: options.width } : {}),
            ...(options.width && !options.wrap ? { ellipsis: true } : {}),
            ...(options.align ? { align: options.align } : {}),
          });
      },
      check(x, y, label, checked) {
        doc.lineWidth(0.5).strokeColor(FORM_INK).rect(x, y, 6.5, 6.5).stroke();
        if (checked) {
          doc
            .font('bold')
            .fontSize(7.5)
            .fillColor(INK)
            .text('X', x + 0.9, y - 1, { lineBreak: false });
        }
        doc
          .font('regular')
          .fontSize(5.8)
          .fillColor(FORM_INK)
          .text(label, x + 9, y + 0.6, { lineBreak: false });
      },
      line(x1, y1, x2, y2) {
        doc.lineWidth(0.4).strokeColor(FORM_INK).moveTo(x1, y1).lineTo(x2, y2).stroke();
      },
    };
    draw(writer);
  });
}
