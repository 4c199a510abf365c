import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// DejaVu covers Latin, Greek and Cyrillic names with accents; PDFKit's built-in fonts do not.
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
};

/** The colours of Accord's documents: text, secondary text, and headings. */
export const PDF_COLORS = { ink: '#1b2522', muted: '#55625e', accent: '#0c6b64' } as const;
const { ink: INK, muted: MUTED, accent: ACCENT } = PDF_COLORS;

export type PdfDocument = PDFKit.PDFDocument;

export interface PdfPageSetup {
  margins: { top: number; bottom: number; left: number; right: number };
  /** Keeps every page open until the end, to number them once the content is written. */
  bufferPages?: boolean;
}

/**
 * The one way Accord makes a PDF: Letter pages, the DejaVu faces registered as 'regular',
 * 'bold', 'italic' and 'mono', metadata that names the kind of document only (never the client),
 * and the bytes collected in memory (never a temporary file). `draw` writes the pages.
 */
export function buildPdf(
  kind: string,
  page: PdfPageSetup,
  draw: (doc: PdfDocument) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: page.margins,
    info: { Title: kind, Producer: 'Accord', Creator: 'Accord' },
    lang: 'en-US',
    bufferPages: page.bufferPages ?? false,
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** The few shapes every Accord document is made of, so all documents read alike. */
export interface PdfWriter {
  title(text: string, subtitle?: string): void;
  heading(text: string): void;
  subheading(text: string): void;
  paragraph(text: string, options?: { muted?: boolean; italic?: boolean }): void;
  /** A label and its value on one line, e.g. "Target date: Jun 1, 2026". */
  field(label: string, value: string): void;
  /** The client's own words, set apart so they read first. */
  quote(text: string): void;
  bullets(items: string[]): void;
  signatureLine(label: string, signedBy?: string): void;
  gap(): void;
}

/** A prose document (plans, notes, resources): title, headings, paragraphs, fields. */
export function renderPdf(kind: string, write: (w: PdfWriter) => void): Promise<Buffer> {
  const margins = { top: 64, bottom: 64, left: 68, right: 68 };
  return buildPdf(kind, { margins }, (doc) => {
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const text = (font: string, size: number, color: string, value: string, gapAfter = 0.4) => {
      doc.font(font).fontSize(size).fillColor(color).text(value, { width, lineGap: 2 });
      doc.moveDown(gapAfter);
    };
    const writer: PdfWriter = {
      title(value, subtitle) {
        text('bold', 20, INK, value, 0.2);
        if (subtitle) text('regular', 11, MUTED, subtitle, 0.8);
      },
      heading(value) {
        doc.moveDown(0.6);
        text('bold', 14, ACCENT, value, 0.3);
      },
      subheading(value) {
        text('bold', 11.5, INK, value, 0.2);
      },
      paragraph(value, options = {}) {
        if (value.trim() === '') return;
        text(options.italic ? 'italic' : 'regular', 11, options.muted ? MUTED : INK, value);
      },
      field(label, value) {
        if (value.trim() === '') return;
        doc
          .font('bold')
          .fontSize(10.5)
          .fillColor(MUTED)
          .text(`${label}: `, { continued: true, width });
        doc.font('regular').fillColor(INK).text(value, { width, lineGap: 2 });
        doc.moveDown(0.2);
      },
      quote(value) {
        if (value.trim() === '') return;
        const x = doc.x;
        doc
          .font('regular')
          .fontSize(12)
          .fillColor(INK)
          .text(`“${value}”`, x + 14, doc.y, {
            width: width - 14,
            lineGap: 2,
          });
        doc.x = x;
        doc.moveDown(0.4);
      },
      bullets(items) {
        for (const item of items.filter((i) => i.trim() !== '')) {
          doc
            .font('regular')
            .fontSize(11)
            .fillColor(INK)
            .text(`•  ${item}`, { width, lineGap: 2, indent: 4 });
        }
        doc.moveDown(0.4);
      },
      signatureLine(label, signedBy) {
        doc.moveDown(1.2);
        const y = doc.y;
        doc
          .moveTo(doc.x, y)
          .lineTo(doc.x + 260, y)
          .strokeColor(MUTED)
          .lineWidth(0.75)
          .stroke();
        doc.moveDown(0.3);
        text('regular', 10, MUTED, signedBy ? `${label}: ${signedBy}` : label);
      },
      gap() {
        doc.moveDown(0.8);
      },
    };
    write(writer);
  });
}
