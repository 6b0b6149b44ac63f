/**
 * `form export --out TỆP [--form TỆP]` writes the form as a package (.xlsx) the province edits in
 * Excel; `form check TỆP` checks one (exit 0, or 1 with the problems, each naming sheet and cell).
 * `--form TỆP` on the other commands is common.ts's formOption.
 */
import { packageMessages as PM } from '../../../shared/i18n/vi/form-package';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { CURRENT_TEMPLATE, allIndicators } from '../../../shared/template';
import { DEFAULT_PERIODS } from '../../../shared/template/package/to-sheets';
import { writeFormPackage } from '../../form-package/write';
import { allow, formOption, readFormFile, UsageError, writeOut, type CliCommand } from '../common';

export const formCommand: CliCommand = {
  name: 'form',
  options: ['out', 'form'],
  async run(p, io) {
    allow(p, this.options, 'files');
    const [sub, ...files] = p.positional;
    if (sub === 'export') {
      if (files.length) throw new UsageError(M.unexpectedArgument(files[0]!));
      const out = p.options.get('out');
      if (!out) throw new UsageError(M.missingOption('out'));
      const pkg = formOption(p) ?? { template: CURRENT_TEMPLATE, periods: DEFAULT_PERIODS, mapping: [] };
      const written = writeOut(out, await writeFormPackage(pkg, (io.now ?? (() => new Date()))()));
      io.out(p.json ? JSON.stringify({ outFile: written }) : M.written(written));
      return 0;
    }
    if (sub !== 'check') throw new UsageError(M.formSubcommand);
    if (files.length !== 1)
      throw new UsageError(files.length ? M.unexpectedArgument(files[1]!) : M.missingFiles);
    for (const name of p.options.keys()) throw new UsageError(M.unknownOption(`--${name}`));
    const result = readFormFile(files[0]!);
    if (p.json) {
      const t = result.ok ? result.pkg.template : undefined;
      io.out(
        JSON.stringify(
          t
            ? { ok: true, id: t.id, version: t.version }
            : { ok: false, problems: result.ok ? [] : result.problems },
        ),
      );
    } else if (result.ok) {
      const t = result.pkg.template;
      io.out(PM.checkedOk(t.id, t.version, allIndicators(t).length, t.rules.length));
    } else {
      io.out(PM.checkedBad(result.problems.length));
      for (const problem of result.problems) io.out(`  ${problem}`);
    }
    return result.ok ? 0 : 1;
  },
};
