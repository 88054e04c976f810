#!/usr/bin/env node
// Regenerates the Word and PDF fixtures of fixtures/documents/ from the bundled clean-text
// report (fixtures/ganzi-2024.txt). Not run by the tests, which read only the files it made.
// Needs LibreOffice (soffice), poppler-utils (pdftoppm), img2pdf, qpdf and fonts-noto-cjk:
//   apt-get install libreoffice-writer poppler-utils img2pdf qpdf fonts-noto-cjk
//   node scripts/make-document-fixtures.mjs
//
// Each document is written as a flat OpenDocument file (.fodt), then converted by LibreOffice:
// - ganzi-2024.docx / .doc: the whole report; a running header, a footer with a page-number
//   field, a comment; paragraphs indented as a Word report is.
// - ganzi-2024.pdf: the whole report typeset: running header, `— 3 —` page numbers, every
//   line ended hard, and the spaces some exports put around figures (`增长 5% 左右`).
// - furniture-*.pdf: three pages each with the other page-number styles (`- 3 -`, `第3页`, `3`).
// - features.docx / .doc: a table, a footnote, a comment, a header and a page-number footer.
// - handmade.pdf: the first ten paragraphs written as a PDF by this script, no font embedded
//   (STSong-Light with Adobe's UniGB-UCS2-H map, as older Chinese PDF writers do), one
//   character at a time, lines broken by hand, `第 3 页` and a running header, figures spaced.
// - scan.pdf (pages as images, no text layer), part-scanned.pdf (handmade.pdf and a scanned
//   page), encrypted.pdf (a password to open),
//   truncated.pdf / .docx / .doc (the first half of the file), pdf-named.txt (a PDF renamed).
//
// With --report FILE.txt --out DIR, only FILE's whole-report documents are written to DIR
// (FILE.docx, FILE.doc, FILE.pdf, FILE.handmade.pdf): for measuring other reports with
// scripts/document-agreement.mjs, not committed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const reportPath = option('--report', join(root, 'fixtures/ganzi-2024.txt'));
const name = basename(reportPath, '.txt');
const wholeReportOnly = process.argv.includes('--report');
const out = option('--out', join(root, 'fixtures/documents'));
const work = mkdtempSync(join(tmpdir(), 'zhibiao-fixtures-'));
mkdirSync(out, { recursive: true });

const report = readFileSync(reportPath, 'utf8');
const paragraphs = report.split('\n').map((p) => p.trim()).filter(Boolean);

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `增长5%左右` → `增长 5% 左右`: the spaces a typesetting export leaves around ASCII figures. */
const spaceFigures = (s) => s.replace(/(?<=[^\x00-\x7f])(?=[0-9])|(?<=[0-9%])(?=[^\x00-\x7f])/g, ' ');

const headingStyle = (p) => (/^[一二三四五六七八九十]+、/.test(p) ? 'Heading' : 'Body');

function fodt({ body, header, footer, letterSpacing = 'normal' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="0.99cm" fo:text-align="justify" fo:line-height="130%" style:punctuation-wrap="simple"/>
   <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt" style:font-size-asian="14pt" fo:letter-spacing="${letterSpacing}"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="10pt" style:font-size-asian="10pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   ${header ? `<style:header><text:p text:style-name="Furniture">${header}</text:p></style:header>` : ''}
   ${footer ? `<style:footer><text:p text:style-name="Furniture">${footer}</text:p></style:footer>` : ''}
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
${body}
 </office:text></office:body>
</office:document>
`;
}

const pageNumber = '<text:page-number text:select-page="current">1</text:page-number>';
const paragraph = (p, text = escape(p)) => `<text:p text:style-name="${headingStyle(p)}">${text}</text:p>`;
const comment = '<office:annotation><dc:creator>审稿人</dc:creator><text:p>此处数字待核：约3亿元</text:p></office:annotation>';

/** Writes NAME.fodt and converts it to each format (`docx`, `doc`, `pdf`). */
function convert(name, xml, formats, into = out) {
  const source = join(work, `${name}.fodt`);
  writeFileSync(source, xml);
  for (const format of formats) {
    const filter = { docx: 'docx:MS Word 2007 XML', doc: 'doc:MS Word 97', pdf: 'pdf:writer_pdf_Export' }[format];
    execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', work, source], { stdio: 'ignore' });
    renameSync(join(work, `${name}.${format}`), join(into, `${name}.${format}`));
  }
}

// The whole report as a Word file: header, page field in the footer, a comment on the first paragraph.
convert(name, fodt({
  header: '甘孜藏族自治州人民政府工作报告',
  footer: `第${pageNumber}页`,
  body: paragraphs.map((p, i) => (i === 1 ? paragraph(p, comment + escape(p)) : paragraph(p))).join('\n'),
}), ['docx', 'doc']);

// The whole report typeset: running header, `— 3 —`, spaced figures.
convert(name, fodt({
  header: '2024年甘孜州政府工作报告',
  footer: `— ${pageNumber} —`,
  body: paragraphs.map((p) => paragraph(p, escape(spaceFigures(p)))).join('\n'),
}), ['pdf']);

if (wholeReportOnly) {
  writeFileSync(join(out, `${name}.handmade.pdf`), handmadePdf(paragraphs));
  rmSync(work, { recursive: true, force: true });
  console.log(`${name}: .docx, .doc, .pdf and .handmade.pdf written to ${out}`);
  process.exit(0);
}

// Three pages of each other page-number style (the header repeats the report's title).
const firstPages = paragraphs.slice(0, 8);
// furniture-bare.pdf also sets its characters apart (letter spacing of 0.15 em), as justified
// exports do: pdf.js then reads a space between every two characters, digits included.
for (const [name, footer, letterSpacing] of [['dash', `- ${pageNumber} -`], ['di-ye', `第${pageNumber}页`], ['bare', pageNumber, '0.074cm']]) {
  convert(`furniture-${name}`, fodt({
    header: '甘孜州人民政府',
    footer,
    letterSpacing,
    body: firstPages.map((p) => paragraph(p)).join('\n'),
  }), ['pdf']);
}

// A small document with what a Word reader must sort out: a table, a footnote, a comment,
// header and footer with a page field, and a line break inside a paragraph.
const table = `<table:table table:name="指标">
 <table:table-column table:number-columns-repeated="3"/>
 ${[['指标', '2023年', '增长'], ['地区生产总值', '513.35亿元', '6.2%'], ['社会消费品零售总额', '143.52亿元', '10.8%']]
   .map((row) => `<table:table-row>${row.map((c) => `<table:table-cell office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('\n ')}
</table:table>`;
convert('features', fodt({
  header: '甘孜州人民政府工作报告（摘要）',
  footer: `第${pageNumber}页`,
  body: [
    '<text:p text:style-name="Heading">一、2023年工作回顾</text:p>',
    `<text:p text:style-name="Body">${comment}地区生产总值达513.35亿元，增长6.2%<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>注：地区生产总值增速按可比价格计算，全省平均为6%。</text:p></text:note-body></text:note>。</text:p>`,
    `<text:p text:style-name="Body">主要指标如下：</text:p>`,
    table,
    '<text:p text:style-name="Body">城镇居民人均可支配收入增长4.6%，<text:line-break/>农村居民人均可支配收入增长7.7%。</text:p>',
  ].join('\n'),
}), ['docx', 'doc']);

// A PDF written by hand: every character placed on its own, lines broken at 30 em.
writeFileSync(join(out, 'handmade.pdf'), handmadePdf(paragraphs.slice(0, 10)));

function handmadePdf(texts) {
  const size = 14;
  const left = 72;
  const top = 760;
  const pitch = 26;
  const linesPerPage = 26;
  const em = (ch) => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);
  // each line: characters with their x; a figure stands 0.5 em apart from the Chinese beside it
  const lines = [];
  for (const text of texts) {
    let line = [];
    let x = 2; // first-line indent: two characters
    let previous = '';
    for (const ch of text) {
      const figure = /[0-9.%]/.test(ch);
      if (previous && figure !== /[0-9.%]/.test(previous)) x += 0.5;
      if (x + em(ch) > 30) {
        lines.push({ chars: line, paragraphEnd: false });
        line = [];
        x = 0;
      }
      line.push({ ch, x });
      x += em(ch);
      previous = ch;
    }
    lines.push({ chars: line, paragraphEnd: true });
  }
  const hex = (text) => [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const pages = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  const streams = pages.map((page, p) => {
    const ops = ['BT', `/F1 10 Tf 1 0 0 1 230 800 Tm <${hex('2024年甘孜州政府工作报告')}> Tj`, `/F1 10 Tf 1 0 0 1 280 40 Tm <${hex(`第 ${p + 1} 页`)}> Tj`, `/F1 ${size} Tf`];
    page.forEach((line, row) => {
      for (const { ch, x } of line.chars) ops.push(`1 0 0 1 ${(left + x * size).toFixed(1)} ${top - row * pitch} Tm <${hex(ch)}> Tj`);
    });
    ops.push('ET');
    return deflateSync(Buffer.from(ops.join('\n')));
  });
  const objects = [];
  const pageIds = pages.map((_, i) => 6 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [814 939 500] >>';
  objects[5] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  streams.forEach((stream, i) => {
    objects[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]);
  });
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const body = Buffer.concat([Buffer.from(`${id} 0 obj\n`), Buffer.from(objects[id]), Buffer.from('\nendobj\n')]);
    parts.push(body);
    length += body.length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`, ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

// A scan: the first two pages of a furniture PDF as images, no text layer.
execFileSync('pdftoppm', ['-r', '40', '-gray', '-png', '-f', '1', '-l', '2', join(out, 'furniture-dash.pdf'), join(work, 'scan')]);
execFileSync('img2pdf', ['-o', join(out, 'scan.pdf'), join(work, 'scan-1.png'), join(work, 'scan-2.png')]);

// Pages with text and a scanned one: read, with a note.
execFileSync('qpdf', ['--empty', '--pages', join(out, 'handmade.pdf'), join(out, 'scan.pdf'), '1', '--', join(out, 'part-scanned.pdf')]);

// A password to open it.
execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(out, 'furniture-bare.pdf'), join(out, 'encrypted.pdf')]);

// A download cut in half.
for (const [from, to] of [['furniture-dash.pdf', 'truncated.pdf'], ['features.docx', 'truncated.docx'], ['features.doc', 'truncated.doc']]) {
  const bytes = readFileSync(join(out, from));
  writeFileSync(join(out, to), bytes.subarray(0, bytes.length >> 1));
}

// A PDF saved under a text name.
copyFileSync(join(out, 'furniture-di-ye.pdf'), join(out, 'pdf-named.txt'));

rmSync(work, { recursive: true, force: true });
console.log(`fixtures written to ${out}`);
