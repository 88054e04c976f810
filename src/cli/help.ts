// Help that starts with what people came for: the 3–5 most useful examples of a command, each
// with what it answers, before the usage and the list of options.
import type { Command } from 'commander';

/** One example: the command line, and the question it answers (Chinese / English). */
export type Example = readonly [command: string, answers: string];

export function examplesFirst(command: Command, examples: readonly Example[]): Command {
  const lines = examples.map(([line, answers]) => `  ${line}\n      ${answers}`);
  return command.addHelpText('before', `Examples / 示例:\n${lines.join('\n')}\n`);
}
