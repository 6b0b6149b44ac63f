import type { CliCommand } from '../common';
import { catalogCommand } from './catalog';
import { checkCommand } from './check';
import { compareCommand } from './compare';
import { dhis2Command } from './dhis2';
import { exportCommand } from './export';
import { formCommand } from './form';
import { mergeCommand } from './merge';
import { reportCommand } from './report';
import { templateCommand } from './template';
import { unitsCommand } from './units';

/**
 * Every command of the command line. A new command is a file beside this one exporting a
 * CliCommand, and one line here (its usage goes in shared/i18n/vi/cli.ts).
 */
export const COMMANDS: readonly CliCommand[] = [
  unitsCommand,
  templateCommand,
  exportCommand,
  checkCommand,
  mergeCommand,
  dhis2Command,
  reportCommand,
  compareCommand,
  catalogCommand,
  formCommand,
];
