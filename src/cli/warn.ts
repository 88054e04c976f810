// One line on stderr, `zhibiao: …`; a file name's newline or escape sequence is shown escaped.
import { escapeControls } from '../printers/terminal-text.js';

export function warn(message: string): void {
  process.stderr.write(`zhibiao: ${escapeControls(message)}\n`);
}
