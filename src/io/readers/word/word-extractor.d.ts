// The part of word-extractor (no bundled types) that zhibiao uses.
declare module 'word-extractor' {
  interface TextOptions {
    /** On by default: curly quotes and dashes become ASCII ones. zhibiao keeps the text as written. */
    filterUnicode?: boolean;
  }
  export interface WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
