/** One spelling for the words people read everywhere: "xóa" (not "xoá"), in every message module. */
import { describe, expect, it } from 'vitest';
import * as api from '../../shared/i18n/vi/api';
import * as cli from '../../shared/i18n/vi/cli';
import * as district from '../../shared/i18n/vi/district';
import * as format from '../../shared/i18n/vi/format';
import * as menu from '../../shared/i18n/vi/menu';
import * as rules from '../../shared/i18n/vi/rules';
import * as store from '../../shared/i18n/vi/store';
import * as trust from '../../shared/i18n/vi/trust';
import * as ui from '../../shared/i18n/vi/ui';
import * as workbook from '../../shared/i18n/vi/workbook';
import * as workbookReader from '../../shared/i18n/vi/workbook-reader';

/** Every text of a module: strings, and the source of message functions (their template text). */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') out.push(String(value));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

describe('Vietnamese text', () => {
  it('writes "xóa" with the accent on the o, in every message module', () => {
    const modules = { api, cli, district, format, menu, rules, store, trust, ui, workbook, workbookReader };
    for (const [name, module] of Object.entries(modules)) {
      const all = texts(module);
      expect(all.length, name).toBeGreaterThan(0);
      expect(
        all.filter((t) => /xoá/iu.test(t.normalize('NFC'))),
        name,
      ).toEqual([]);
    }
    expect(texts(trust).some((t) => t.includes('xóa'))).toBe(true);
  });
});
