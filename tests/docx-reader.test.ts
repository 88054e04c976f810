// The .docx reader on WordprocessingML written by hand (zipped here with fflate): what Word
// and WPS write and LibreOffice's fixtures do not — tracked changes, complex fields, a
// drawing's fallback copy, ruby, content controls, another namespace prefix. Expected texts
// checked by hand against the XML.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/io/readers/word/read-docx.js';
import { DocumentReadError } from '../src/io/readers/document-error.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function docx(body: string, parts: Record<string, string> = {}, prefix = 'w'): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document ${W.replace('xmlns:w=', `xmlns:${prefix}=`)}><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(xml),
    ...Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
  });
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

describe('readDocx', () => {
  it('leaves out deleted text and field instructions, keeps inserted text and field results', async () => {
    const body = p(
      run('地区生产总值达'),
      `<w:del w:id="1"><w:r><w:delText>500</w:delText></w:r></w:del>`,
      `<w:ins w:id="2">${run('513.35')}</w:ins>`,
      run('亿元，见第'),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run('3'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      run('页。'),
    );
    expect((await readDocx(docx(body))).text).toBe('地区生产总值达513.35亿元，见第3页。');
  });

  it('reads a drawing once, not its fallback copy, and no pronunciation guide', async () => {
    const body = p(
      run('增长6.2%'),
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing/></w:r></mc:Choice><mc:Fallback><w:r><w:pict><w:t>图1</w:t></w:pict></w:r></mc:Fallback></mc:AlternateContent>',
      '<w:r><w:ruby><w:rt><w:r><w:t>zhǐ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>。</w:t></w:r></w:rubyBase></w:ruby></w:r>',
    );
    expect((await readDocx(docx(body))).text).toBe('增长6.2%。');
  });

  it('reads paragraphs inside content controls, and any namespace prefix', async () => {
    const body = `<w:sdt><w:sdtContent>${p(run('一、2023年工作回顾'))}</w:sdtContent></w:sdt>${p(run('粮食产量达23.3万吨。'))}`;
    expect((await readDocx(docx(body))).text).toBe('一、2023年工作回顾\n粮食产量达23.3万吨。');
    const other = body.replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:/g, ' ns0:');
    expect((await readDocx(docx(other, {}, 'ns0'))).text).toBe('一、2023年工作回顾\n粮食产量达23.3万吨。');
  });

  it('puts footnotes and endnotes after the body, without the separators', async () => {
    const notes = (kind: string) =>
      `<w:${kind}s ${W}><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
      `<w:${kind} w:id="1"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> 按可比价格计算。</w:t></w:r></w:p></w:${kind}></w:${kind}s>`;
    const bytes = docx(p(run('增长6.2%'), '<w:r><w:footnoteReference w:id="1"/></w:r>', run('。')), {
      'word/footnotes.xml': notes('footnote'),
      'word/endnotes.xml': notes('endnote').replace('按可比价格计算', '数据来源：州统计局'),
    });
    expect((await readDocx(bytes)).text).toBe('增长6.2%。\n按可比价格计算。\n数据来源：州统计局。');
  });

  it('refuses a zip without word/document.xml, and a document that is not XML, in words', async () => {
    const noDocument = zipSync({ 'word/styles.xml': strToU8('<w:styles/>') });
    await expect(readDocx(noDocument)).rejects.toThrow(new DocumentReadError('a damaged Word file: it has no word/document.xml'));
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    await expect(readDocx(broken)).rejects.toThrow(/^a damaged Word file: word\/document.xml is not well-formed XML/);
  });
});
