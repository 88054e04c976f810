// A scan copy of the text in which full-width digits, letters and signs become ASCII.
// Each replacement is one UTF-16 unit for one, so every index into the scan copy is
// also an index into the original text: rules match on the copy, claims quote the original.

/** Full-width forms U+FF01..U+FF5E map to ASCII U+0021..U+007E (１２.５％ → 12.5%). */
export function toScanText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(code)) {
      // keep Chinese punctuation that has meaning of its own (，（）：；！？)
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += ' '; // ideographic space
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** Full-width punctuation kept as is: it separates clauses in Chinese prose. */
const KEEP_FULL_WIDTH = new Set(
  ['，', '（', '）', '：', '；', '！', '？', '～', '－'].map((c) => c.charCodeAt(0)),
);
