// --region, --level, --year: overriding a document's identity, for every command that reads
// reports; --identity-from PATTERN: reading it from each file's name (extract, index, panel).
import { Option, type Command } from 'commander';
import { IdentityPatternError, parseIdentityPattern } from '../identity/file-names.js';
import { isLevel, type IdentityOverrides } from '../identity/identify.js';
import { LEVELS } from '../identity/places.js';
import { InputError } from '../io/decode.js';
import { UsageError } from './exit-codes.js';

/** Adds the identity flags; `--year` only where a command reads one year's reports. */
export function addIdentityOptions(command: Command, withYear: boolean): Command {
  command
    .option('--region <name>', 'the issuing government, when the text does not say (甘孜州, 四川省)')
    .addOption(new Option('--level <level>', 'national, provincial, city (incl. 州, 盟, 地区) or county (县, 区, 旗)').choices(LEVELS));
  if (withYear) command.option('--year <year>', 'the year of the report (it reviews the year before and plans this one)');
  return command;
}

/** --identity-from PATTERN, for commands that read a corpus of many reports. */
export function addIdentityFromOption(command: Command): Command {
  return command.option(
    '--identity-from <pattern>',
    "read region, year or level from each file's name: '{region}-{year}.txt', '{year}/{region}.txt', '{region}_{*}.txt' (--region/--level/--year still win)",
  );
}

/** The overrides as the identity module takes them; throws InputError on a bad --year. */
export function identityOverrides(flags: { region?: string; level?: string; year?: string }): IdentityOverrides {
  const overrides: IdentityOverrides = {};
  if (flags.region) overrides.region = flags.region.trim();
  if (flags.level && isLevel(flags.level)) overrides.level = flags.level;
  if (flags.year !== undefined) {
    if (!/^(19|20)\d\d$/.test(flags.year.trim())) throw new InputError(`--year needs a year such as 2024 (got "${flags.year}"); use --year 2024`);
    overrides.year = Number(flags.year);
  }
  return overrides;
}

/** --identity-from, checked before any file is read; throws UsageError on a bad pattern. */
export function identityPattern(flags: { identityFrom?: string }): string | undefined {
  if (flags.identityFrom === undefined) return undefined;
  try {
    parseIdentityPattern(flags.identityFrom);
  } catch (error) {
    if (error instanceof IdentityPatternError) throw new UsageError(error.message);
    throw error;
  }
  return flags.identityFrom;
}
