// Colour and width, decided once per run from the flags, the environment and the terminal.
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorMode = 'auto' | 'always' | 'never';
export const COLOR_MODES = ['auto', 'always', 'never'] as const satisfies readonly ColorMode[];

export interface OutputStyle {
  chalk: ChalkInstance;
  color: boolean;
  /** Columns a table may take: the terminal's, else $COLUMNS, else 120 (output piped to a file or pager). */
  width: number;
}

/** Widest table when nothing says how wide the screen is. */
export const DEFAULT_WIDTH = 120;

/**
 * Colour: the flag wins; then NO_COLOR (any non-empty value, no-color.org); then FORCE_COLOR
 * (`0`/`false` turn it off); then whether the output is a terminal.
 */
export function decideStyle(
  mode: ColorMode, stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>,
): OutputStyle {
  let color: boolean;
  if (mode === 'always') color = true;
  else if (mode === 'never') color = false;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') color = false;
  else if (env.FORCE_COLOR !== undefined) color = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else color = !!stream.isTTY;
  const columns = Number(env.COLUMNS);
  const width = stream.isTTY && stream.columns ? stream.columns : Number.isInteger(columns) && columns > 20 ? columns : DEFAULT_WIDTH;
  return { chalk: new Chalk({ level: color ? 1 : 0 }), color, width };
}
