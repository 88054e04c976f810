// The one dispatch from a file's bytes to its reader, by what the bytes are, never by the
// file's name: a PDF saved as report.txt is read as a PDF, and no PDF or Word file is ever
// decoded as text. Plain text and web pages go on to ../decode.ts (null here).
import { InputError } from '../decode.js';
import { DocumentReadError, type DocumentText, type ReadDocumentText } from './document-error.js';

export type DocumentFormat = 'pdf' | 'docx' | 'doc';

/** The extensions a directory or glob is searched for besides text: see ../collect.ts. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc'] as const;

/** Each reader is loaded on the first file of its kind: text runs never pay for pdf.js. */
const READERS: Record<DocumentFormat, () => Promise<ReadDocumentText>> = {
  pdf: async () => (await import('./pdf/read-pdf.js')).readPdf,
  docx: async () => (await import('./word/read-docx.js')).readDocx,
  doc: async () => (await import('./word/read-doc.js')).readDoc,
};

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Whether a file's first bytes open a PDF, a zip or an OLE compound file: such a file goes to
 * sniffFormat whole, and is not refused as binary at its first chunk (a zip or OLE file that
 * is no Word document is refused as binary later, when it is decoded).
 */
export function mayBeDocument(head: Uint8Array): boolean {
  const buffer = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  return buffer.subarray(0, 1024).includes('%PDF-') || (buffer.length >= 4 && buffer.readUInt32BE(0) === 0x504b0304) || buffer.subarray(0, 8).equals(OLE_SIGNATURE);
}

/**
 * What the bytes are: `%PDF-` within the first kilobyte (some writers put junk before it); a
 * zip holding word/document.xml (its name is in the zip's directory, and in the local header
 * of a truncated file); an OLE compound file (Word 97–2003, or a password-protected .docx).
 * An OLE file that is an .xls or a .ppt is refused as binary; RTF and MHTML, which
 * Word saves under .doc too, are refused with what to do.
 */
export function sniffFormat(bytes: Uint8Array): DocumentFormat | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (buffer.length >= 4 && buffer.readUInt32BE(0) === 0x504b0304) return buffer.includes('word/document.xml') ? 'docx' : null;
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') throw new DocumentReadError(SAVE_AS_DOCX('an RTF file'));
  if (isWebArchive(buffer)) throw new DocumentReadError(SAVE_AS_DOCX('a web archive (MHTML)'));
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // a spreadsheet's or slides' streams say what they are; a Word file cut short may have lost its directory
    const has = (name: string) => buffer.includes(Buffer.from(name, 'utf16le'));
    if (!has('WordDocument') && (has('Workbook') || has('PowerPoint Document'))) {
      throw new DocumentReadError('an Office file that is not a Word document (a spreadsheet or slides)', 'binary');
    }
    return 'doc';
  }
  return null;
}

/**
 * Word also saves RTF and single-file web pages (MHTML), often named .doc: their markup is no
 * report text (an RTF's `\\fs28` would read as a figure), and zhibiao has no reader for them.
 */
const SAVE_AS_DOCX = (what: string) => `${what}, which Word also saves as .doc: open it in Word or LibreOffice and save it as .docx`;

function isWebArchive(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 2048).toString('latin1');
  return /^MIME-Version:/im.test(head) && /multipart\/related/i.test(head);
}

/**
 * The text of a PDF or Word file as zhibiao reads it (spans and lines of every claim refer to
 * it, and `zhibiao text` prints it), or null for bytes that are neither. A file that is one of
 * them but cannot be read is an InputError naming the file: `scan.pdf: a PDF without a text layer…`.
 */
export async function readPublishedDocument(bytes: Uint8Array, name: string): Promise<(DocumentText & { format: DocumentFormat }) | null> {
  try {
    const format = sniffFormat(bytes);
    if (!format) return null;
    const read = await READERS[format]();
    return { ...(await read(bytes)), format };
  } catch (error) {
    if (error instanceof DocumentReadError) throw new InputError(`${name}: ${error.message}`, error.problem);
    throw error;
  }
}
