/** The core's limit: a larger attachment is refused, so it is refused here before it is read. */
const MAX_BYTES = 10 * 1024 * 1024;

export type ReadPdf = { ok: true; name: string; base64: string } | { ok: false; message: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one call with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Reads a chosen file as a PDF to attach, checking it is one by its first bytes, not its name. */
export async function readPdf(file: File): Promise<ReadPdf> {
  if (file.size > MAX_BYTES) {
    return { ok: false, message: 'This file is larger than 10 MB. Choose a smaller PDF.' };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const magic = String.fromCharCode(...bytes.subarray(0, 5));
  if (magic !== '%PDF-') {
    return { ok: false, message: `“${file.name}” is not a PDF file. Choose a PDF.` };
  }
  const name = /\.pdf$/i.test(file.name) ? file.name : `${file.name}.pdf`;
  return { ok: true, name, base64: toBase64(bytes) };
}

export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
