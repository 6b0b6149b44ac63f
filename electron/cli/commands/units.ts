import { UNIT_LEVEL_NAMES } from '../../../shared/domain/units';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { allow, unitsFor, type CliCommand } from '../common';

/** `units`: the units' codes, levels and names. */
export const unitsCommand: CliCommand = {
  name: 'units',
  options: ['data-dir'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const list = unitsFor(p, io);
    if (p.json) {
      io.out(
        JSON.stringify(list.map((u) => ({ code: u.code, name: u.name, level: u.level, active: u.active }))),
      );
    } else {
      io.out(M.unitsHeader);
      for (const u of list) io.out(`${u.code}\t${UNIT_LEVEL_NAMES[u.level]}\t${u.name}`);
    }
    return 0;
  },
};
