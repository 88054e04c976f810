// A .docx (Office Open XML) file's text: the zip opened with fflate, word/document.xml (then
// footnotes.xml, endnotes.xml) parsed with fast-xml-parser, and walked in document order.
// - one paragraph a line; a line break inside one (Shift+Enter) is a line end too;
// - a table row is one line with its cells separated by tabs, so a figure keeps the indicator
//   in its row's first cell (`地区生产总值	513.35亿元	6.2%`);
// - field codes (`PAGE`, `TOC \o`) are left out and their results kept; deleted text of tracked
//   changes is left out; a drawing's fallback copy is not read twice;
// - headers, footers (a page-number field would read as a stray "1") and comments are other
//   parts of the zip and never read; footnotes and endnotes follow the body.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { DocumentReadError, type ReadDocumentText } from '../document-error.js';
import { firstLine, joinParts } from './lines.js';

const PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'] as const;

// Element and attribute names below are WordprocessingML's without their namespace prefix.

export const readDocx: ReadDocumentText = async (bytes) => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => (PARTS as readonly string[]).includes(file.name) });
  } catch (error) {
    throw new DocumentReadError(`a damaged or truncated Word file that cannot be read (${firstLine(error)})`);
  }
  if (!files['word/document.xml']) throw new DocumentReadError('a damaged Word file: it has no word/document.xml');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false, // the spaces of <w:t xml:space="preserve"> are text
    parseTagValue: false, // `2023` stays a string
    parseAttributeValue: false,
    removeNSPrefix: true, // `w:p` and `ns0:p` alike: the prefix is the writer's choice
  });
  const parts = PARTS.map((name) => {
    const xml = files[name];
    if (!xml) return '';
    const text = strFromU8(xml);
    // the parser is lenient: a cut document would lose its end without a word
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new DocumentReadError(`a damaged Word file: ${name} is not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
    const lines: string[] = [];
    blockLines(parser.parse(text) as XmlNode[], lines);
    return lines.join('\n');
  });
  return { text: joinParts(parts), notes: [] };
};

/** fast-xml-parser's ordered form: `{ p: [children], ':@': {attributes} }` or `{ '#text': '…' }`. */
type XmlNode = Record<string, unknown>;

function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ':@') return key;
  return '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name];
}

/**
 * Elements whose text is not the report's: properties, deleted text of tracked changes, field
 * instructions, the fallback copy of a drawing (mc:Fallback), pictures and embedded objects,
 * and the pronunciation guide over a ruby text (rt).
 */
const NOT_TEXT = new Set(['pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'sectPr', 'del', 'moveFrom', 'instrText', 'delText', 'Fallback', 'drawing', 'pict', 'object', 'rt']);

/** Paragraphs and table rows, in order, each a line. */
function blockLines(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'p') out.push(inlineText(childrenOf(node)));
    else if (tag === 'tbl') tableLines(childrenOf(node), out);
    else if (tag === 'footnote' || tag === 'endnote') {
      if (!attribute(node, 'type')) blockLines(childrenOf(node), out); // separator, continuationSeparator: not notes
    } else if (tag !== '#text' && !NOT_TEXT.has(tag)) blockLines(childrenOf(node), out); // body, sdt, customXml…
  }
}

/** A row a line: its cells' text separated by tabs (a cell of several paragraphs joined by spaces). */
function tableLines(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'tr') {
      const cells: string[] = [];
      collectCells(childrenOf(node), cells);
      out.push(cells.join('\t'));
    } else if (tag !== '#text' && !NOT_TEXT.has(tag)) tableLines(childrenOf(node), out); // rows inside sdt
  }
}

function collectCells(nodes: XmlNode[], cells: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'tc') {
      const lines: string[] = [];
      blockLines(childrenOf(node), lines);
      cells.push(lines.map((l) => l.trim()).filter(Boolean).join(' '));
    } else if (tag !== '#text' && !NOT_TEXT.has(tag)) collectCells(childrenOf(node), cells);
  }
}

/** A paragraph's text: its runs, hyperlinks, inserted text and field results, in order. */
function inlineText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 't') text += childrenOf(node).map((c) => String(c['#text'] ?? '')).join('');
    else if (tag === 'tab' || tag === 'ptab') text += '\t';
    else if (tag === 'br' || tag === 'cr') text += attribute(node, 'type') === 'page' || attribute(node, 'type') === 'column' ? '' : '\n';
    else if (tag === 'noBreakHyphen') text += '-';
    else if (tag !== '#text' && !NOT_TEXT.has(tag)) text += inlineText(childrenOf(node));
  }
  return text;
}
