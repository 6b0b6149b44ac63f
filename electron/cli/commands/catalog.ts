/**
 * `catalog [--province MÃ] [--json]`: the national list of provinces and communes since 1/7/2025,
 * as bundled with the app (resources/catalog/).
 */
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { catalogSource, findProvince, getCatalog } from '../../services/catalog';
import { allow, UsageError, type CliCommand } from '../common';

export const catalogCommand: CliCommand = {
  name: 'catalog',
  options: ['province'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const all = getCatalog().provinces;
    const code = p.options.get('province');
    let provinces = all;
    if (code !== undefined) {
      const one = findProvince(code.padStart(2, '0'));
      if (!one) throw new UsageError(M.unknownProvince(code));
      provinces = [one];
    }
    if (p.json) {
      io.out(JSON.stringify({ provinces }));
      return 0;
    }
    const source = catalogSource();
    io.out(M.catalogSource(source.repository, source.commit.slice(0, 12), source.commitDate));
    if (code === undefined) {
      for (const x of provinces) io.out(`${x.code}\t${x.name}\t${M.communeCount(x.communes.length)}`);
      io.out(
        M.catalogSummary(
          all.length,
          all.reduce((n, x) => n + x.communes.length, 0),
        ),
      );
    } else {
      for (const x of provinces) for (const c of x.communes) io.out(`${c.code}\t${c.name}`);
    }
    return 0;
  },
};
