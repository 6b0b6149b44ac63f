/**
 * `catalog [--province MÃ] [--json]`: the national list of provinces and communes since 1/7/2025,
 * as bundled with the app (resources/catalog/).
 */
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { catalogSource, findProvince, getCatalog } from '../../services/catalog';

export function catalogCommand(
  options: { json: boolean; province?: string | undefined },
  out: (line: string) => void,
  usageError: (message: string) => Error,
): number {
  const all = getCatalog().provinces;
  let provinces = all;
  if (options.province !== undefined) {
    const one = findProvince(options.province.padStart(2, '0'));
    if (!one) throw usageError(M.unknownProvince(options.province));
    provinces = [one];
  }
  if (options.json) {
    out(JSON.stringify({ provinces }));
    return 0;
  }
  const source = catalogSource();
  out(M.catalogSource(source.repository, source.commit.slice(0, 12), source.commitDate));
  if (options.province === undefined) {
    for (const p of provinces) out(`${p.code}\t${p.name}\t${M.communeCount(p.communes.length)}`);
    out(
      M.catalogSummary(
        all.length,
        all.reduce((n, p) => n + p.communes.length, 0),
      ),
    );
  } else {
    for (const p of provinces) for (const c of p.communes) out(`${c.code}\t${c.name}`);
  }
  return 0;
}
