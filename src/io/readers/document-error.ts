// What each document reader gives and how it fails, shared by the PDF and Word readers.
import type { InputProblem } from '../decode.js';

/** A document's text as zhibiao reads it, and notes for the user (`2 of 30 pages have no text`). */
export interface DocumentText {
  text: string;
  notes: string[];
}

export type ReadDocumentText = (bytes: Uint8Array) => Promise<DocumentText>;

/**
 * Why a PDF or Word file cannot be read, in words for the user (`an encrypted PDF that needs a
 * password…`); the dispatcher puts the path before it. A scan, an encrypted or a damaged file
 * is a failure even met in a directory: it is a report, and it was lost.
 */
export class DocumentReadError extends Error {
  constructor(message: string, readonly problem: InputProblem = 'unreadable') {
    super(message);
  }
}
