// Colour and width, decided once per run from the flags, the environment and the terminal.
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorMode = 'auto' | 'always' | 'never';

export interface OutputStyle {
  chalk: ChalkInstance;
  color: boolean;
  /** Terminal width in columns, or null when not a terminal (no truncation). */
  width: number | null;
}

export function decideStyle(
  mode: ColorMode, stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>,
): OutputStyle {
  let color: boolean;
  if (mode === 'always') color = true;
  else if (mode === 'never') color = false;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') color = false;
  else if (env.FORCE_COLOR !== undefined) color = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else color = !!stream.isTTY;
  const width = stream.isTTY ? stream.columns ?? 100 : null;
  return { chalk: new Chalk({ level: color ? 1 : 0 }), color, width };
}
