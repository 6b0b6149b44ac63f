/**
 * `dhis2 --format adx|json --period KỲ --out TỆP [--mapping TỆP.csv] TỆP...`: checks the files as
 * `merge` does, then writes the counts of every accepted unit for DHIS2 (see services/dhis2.ts).
 * Exit 1 when a file was refused (the output is still written from the others).
 */
import fs from 'node:fs';
import { dhis2Periods } from '../../../shared/dhis2/periods';
import { periodName } from '../../../shared/domain/periods';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { dhis2Messages } from '../../../shared/i18n/vi/dhis2';
import { exportDhis2, type Dhis2Format } from '../../services/dhis2';
import {
  allow,
  period,
  required,
  UsageError,
  writeOut,
  type CliCommand,
  type CliIo,
  type Parsed,
} from '../common';
import { fromReceivedFiles } from '../received-files';

function readMapping(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UsageError(M.fileMissing(file));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A .csv saved by Excel on a Vietnamese Windows.
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

export const dhis2Command: CliCommand = {
  name: 'dhis2',
  options: ['period', 'out', 'format', 'mapping', 'data-dir'],
  run: dhis2,
};

async function dhis2(p: Parsed, io: CliIo): Promise<number> {
  allow(p, dhis2Command.options, 'files');
  const per = period(p)!;
  const out = required(p, 'out');
  const format = required(p, 'format');
  if (format !== 'adx' && format !== 'json') throw new UsageError(dhis2Messages.badFormat(format));
  // Before any file is read: a period DHIS2 cannot hold in this format is a wrongly written command.
  const periods = dhis2Periods(per);
  if (!periods) throw new UsageError(dhis2Messages.noPeriod(per));
  if (format === 'json' && !periods.dataValueSets)
    throw new UsageError(dhis2Messages.noJsonPeriod(periodName(per)));
  const mappingFile = p.options.get('mapping');
  const mappingCsv = mappingFile === undefined ? undefined : readMapping(mappingFile);
  return fromReceivedFiles(p, io, { expectedPeriod: per }, async (ctx) => {
    const output = exportDhis2(ctx, {
      period: per,
      format: format as Dhis2Format,
      ...(mappingCsv === undefined ? {} : { mappingCsv }),
    });
    return {
      written: writeOut(out, Buffer.from(output.content, 'utf8')),
      json: { units: output.units, values: output.values },
      summary: output.summary,
    };
  });
}
