import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { blankTemplateFileName } from '../../../shared/workbook/layout';
import { readAppVersion } from '../../services/context';
import { writeUnitWorkbook } from '../../workbook/unit-writer';
import {
  allow,
  formOption,
  period,
  required,
  UsageError,
  unitsFor,
  writeOut,
  type CliCommand,
} from '../common';

/** `template`: a blank workbook for one unit and period, to fill in with Excel. */
export const templateCommand: CliCommand = {
  name: 'template',
  options: ['unit', 'period', 'out', 'data-dir', 'form'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const code = required(p, 'unit');
    const per = period(p)!;
    const out = required(p, 'out');
    const unit = unitsFor(p, io).find((u) => u.code === code);
    if (!unit) throw new UsageError(M.unknownUnit(code));
    const bytes = await writeUnitWorkbook({
      template: formOption(p)?.template ?? CURRENT_TEMPLATE,
      unit,
      period: per,
      data: null,
      revision: 0,
      exportedAt: (io.now ?? (() => new Date()))(),
      appVersion: readAppVersion(),
    });
    const written = writeOut(out, bytes);
    const suggested = blankTemplateFileName({ period: per, unitCode: unit.code, unitName: unit.name });
    io.out(p.json ? JSON.stringify({ outFile: written, suggestedName: suggested }) : M.written(written));
    return 0;
  },
};
