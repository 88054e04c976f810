// A PDF's text layer, read with pdf.js (unpdf's build of it, see loadPdfjs), then rebuilt
// into paragraphs by ./rebuild-text.ts. A PDF without text (a scan), one that needs a password,
// and a damaged or truncated one are refused in one line each.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentReadError, type ReadDocumentText } from '../document-error.js';
import { rebuildText, type PositionedPage, type TextItem } from './rebuild-text.js';

/** Fewer visible characters than this in the whole file: no text layer, only images. */
const MIN_TEXT_CHARS = 20;

// Character maps for PDFs that use Adobe's predefined CJK encodings (UniGB-UCS2-H, GBK-EUC-H…)
// rather than embedded fonts: without them Chinese comes out empty. They, and the standard
// fonts' data, come from pdfjs-dist (unpdf ships pdf.js's code without them).
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const readPdf: ReadDocumentText = async (bytes) => {
  if (!endsLikePdf(bytes)) throw new DocumentReadError('a truncated or damaged PDF (its end is missing: was the download cut short?)');
  let getDocument;
  try {
    ({ getDocument } = await loadPdfjs());
  } catch (error) {
    throw new DocumentReadError(`cannot read PDF files here: pdf.js did not load (${(error as Error).message}); reinstall zhibiao's dependencies (npm install)`);
  }
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given: a copy, so the caller's stays whole
    data: new Uint8Array(bytes),
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new DocumentReadError(describePdfError(error));
  }
  try {
    const pages: PositionedPage[] = [];
    let emptyPages = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [, , c, d, x, y] = item.transform as number[];
        items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) });
      }
      if (!items.some((i) => i.text.trim())) emptyPages++;
      pages.push({ items });
    }
    const text = rebuildText(pages);
    if (text.replace(/\s/g, '').length < MIN_TEXT_CHARS) {
      throw new DocumentReadError('a PDF without a text layer (scanned pages?): run OCR on it first (e.g. ocrmypdf -l chi_sim), then read the result');
    }
    const unmapped = unmappedShare(text);
    if (unmapped > 0.1) {
      throw new DocumentReadError(`a PDF whose fonts do not say which characters they draw (${Math.round(100 * unmapped)}% of its text is unreadable): run OCR on it (e.g. ocrmypdf -l chi_sim --force-ocr), then read the result`);
    }
    const notes = emptyPages ? [`${emptyPages} of ${pdf.numPages} pages have no text (blank, or scanned?) and were left out`] : [];
    return { text, notes };
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(describePdfError(error));
  } finally {
    await pdf.destroy();
  }
};

/**
 * The share of characters that are no text: U+FFFD, private-use code points and control codes,
 * what pdf.js gives for a font without a Unicode map (its glyph numbers).
 */
function unmappedShare(text: string): number {
  const visible = text.replace(/\s/g, '');
  // eslint-disable-next-line no-control-regex
  const unmapped = visible.match(/[\ufffd\ue000-\uf8ff\u0000-\u001f]/g)?.length ?? 0;
  return visible.length ? unmapped / visible.length : 0;
}

/**
 * A whole PDF ends with `%%EOF` (a few bytes of padding may follow); a download cut short does
 * not, and pdf.js would read the pages it found and lose the rest without a word.
 */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048);
  return tail.includes('%%EOF');
}

function describePdfError(error: unknown): string {
  const name = (error as Error)?.name;
  if (name === 'PasswordException') return 'an encrypted PDF that needs a password to open: save a copy without the password first';
  const reason = (error as Error)?.message?.trim();
  return `a damaged PDF that cannot be read${reason ? ` (${reason})` : ''}`;
}

/**
 * unpdf's build of pdf.js (one module, worker included) rather than pdfjs-dist's legacy build:
 * the legacy build loads @napi-rs/canvas, a 32 MB native library, only to find DOMMatrix and
 * Path2D for rendering (~30 MB more memory in every thread that reads a PDF, ~0.1 s), and its
 * core-js polyfills replaced Array.prototype.push and JSON.stringify for the whole thread.
 * unpdf's leaves canvas out and only adds what Node 20 lacks (Promise.withResolvers, Promise.try).
 */
let pdfjs: Promise<typeof import('unpdf/pdfjs')> | null = null;

function loadPdfjs(): Promise<typeof import('unpdf/pdfjs')> {
  pdfjs ??= import('unpdf/pdfjs');
  return pdfjs;
}
