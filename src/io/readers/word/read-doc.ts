// A Word 97–2003 file (.doc, an OLE compound file), read with word-extractor: the body's
// paragraphs in order, then footnotes and endnotes; headers, footers (whose page-number field
// would read as a stray "1") and comments are left out. A table row is one line, its cells
// separated by tabs, as in ./read-docx.ts.
import { DocumentReadError, type ReadDocumentText } from '../document-error.js';
import { firstLine, joinParts } from './lines.js';

export const readDoc: ReadDocumentText = async (bytes) => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isEncryptedOffice(buffer)) throw new DocumentReadError('a password-protected Word file: save a copy without the password first');
  const { default: WordExtractor } = await import('word-extractor');
  try {
    const doc = await new WordExtractor().extract(buffer);
    // word-extractor turns curly quotes and dashes into ASCII ones unless told not to
    const asWritten = { filterUnicode: false };
    return { text: joinParts([doc.getBody(asWritten), doc.getFootnotes(asWritten), doc.getEndnotes(asWritten)]), notes: [] };
  } catch (error) {
    throw new DocumentReadError(`a damaged or truncated Word file that cannot be read (${firstLine(error)})`);
  }
};

/**
 * Word saves a password-protected file (.docx too) inside an OLE compound file, as a stream
 * named `EncryptedPackage` (the directory stores names in UTF-16).
 */
function isEncryptedOffice(buffer: Buffer): boolean {
  return buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}
