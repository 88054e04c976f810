// --metrics FILE: a user's metrics for one run (see ../core/lexicon/user-metrics.ts for the
// format). A file that cannot be read or is wrong is one line and exit 2, before any report is read.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { METRICS } from '../core/lexicon/metrics.js';
import { extendMetrics, MetricsFileError } from '../core/lexicon/user-metrics.js';
import type { MetricDefinition } from '../core/types.js';
import { describeFsError } from '../io/fs-errors.js';
import { UsageError } from './exit-codes.js';

export function addMetricsOption(command: Command): Command {
  return command.option('--metrics <file>', 'a JSON file of metrics to add or rename for this run (see zhibiao metrics --help)');
}

/** The metric table of the run: the built-in one, or extended by --metrics FILE. Throws UsageError. */
export function metricTable(file: string | undefined): readonly MetricDefinition[] {
  if (file === undefined) return METRICS;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--metrics ${file}: ${describeFsError(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`--metrics ${file}: not JSON (${(error as Error).message})`);
  }
  try {
    return extendMetrics(METRICS, data);
  } catch (error) {
    if (error instanceof MetricsFileError) throw new UsageError(`--metrics ${file}: ${error.message}`);
    throw error;
  }
}
