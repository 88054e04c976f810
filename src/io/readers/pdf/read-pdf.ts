// A PDF's text layer, read with pdf.js (its legacy build is the one for Node), then rebuilt
// into paragraphs by ./rebuild-text.ts. A PDF without text (a scan), one that needs a password,
// and a damaged or truncated one are refused in one line each.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentReadError, type ReadDocumentText } from '../document-error.js';
import { rebuildText, type PositionedPage, type TextItem } from './rebuild-text.js';

/** Fewer visible characters than this in the whole file: no text layer, only images. */
const MIN_TEXT_CHARS = 20;

// Character maps for PDFs that use Adobe's predefined CJK encodings (UniGB-UCS2-H, GBK-EUC-H…)
// rather than embedded fonts: without them Chinese comes out empty.
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const readPdf: ReadDocumentText = async (bytes) => {
  if (!endsLikePdf(bytes)) throw new DocumentReadError('a truncated or damaged PDF (its end is missing: was the download cut short?)');
  let getDocument;
  try {
    ({ getDocument } = await loadPdfjs());
  } catch (error) {
    // e.g. @napi-rs/canvas, which pdf.js needs even to start, missing for this platform
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
 * pdf.js's legacy build brings core-js polyfills that replace some built-ins the engine already
 * has (Array.prototype.push, JSON.stringify, JSON.parse) for every module of the thread: claim
 * extraction after a PDF ran 2.5× slower (26 → 64 ms for the bundled report), and pdf.js itself
 * spent a tenth of its time in the polyfilled push. The engine's own
 * are put back once pdf.js is loaded; what the polyfills add (methods Node 20 lacks) stays.
 */
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')> | null = null;

function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')> {
  pdfjs ??= (async () => {
    const owners: object[] = [Array.prototype, JSON, Object, Object.prototype, String.prototype, Map.prototype, Set.prototype, Promise, Promise.prototype];
    const before = owners.map((owner) => Object.getOwnPropertyDescriptors(owner));
    const module = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    // pdf.js runs its worker's code in this thread in Node; loaded here, its polyfills are undone too
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    owners.forEach((owner, i) => {
      for (const [key, native] of Object.entries(before[i])) {
        const now = Object.getOwnPropertyDescriptor(owner, key);
        if (now && (!Object.is(now.value, native.value) || now.get !== native.get)) Object.defineProperty(owner, key, native);
      }
    });
    return module;
  })();
  return pdfjs;
}
