// Horizontal bar charts drawn with block characters, labels aligned by display width (CJK).
// e.g.  agriculture  ██████████████▍ 44
//       tourism      ███████▌        23
import stringWidth from 'string-width';
import type { OutputStyle } from './style.js';

export interface Bar {
  label: string;
  count: number;
}

// Eighths of a block, so that 23 and 24 do not draw the same bar.
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** One line per bar; the longest bar fills what the width leaves after label and count. */
export function barChart(bars: readonly Bar[], { chalk, width }: OutputStyle, indent = '  '): string[] {
  if (!bars.length) return [];
  const labelWidth = Math.max(...bars.map((b) => stringWidth(b.label)));
  const countWidth = Math.max(...bars.map((b) => String(b.count).length));
  const most = Math.max(...bars.map((b) => b.count));
  const room = Math.max(10, Math.min(50, width - indent.length - labelWidth - countWidth - 3));
  return bars.map((b) => {
    const eighths = most ? Math.round((b.count / most) * room * 8) : 0;
    const bar = '█'.repeat(Math.floor(eighths / 8)) + PARTIAL[eighths % 8];
    const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
    return `${indent}${pad(b.label, labelWidth)} ${chalk.cyan(pad(bar, room))} ${String(b.count).padStart(countWidth)}`;
  });
}
