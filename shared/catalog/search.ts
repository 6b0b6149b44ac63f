import { nfc } from '../format/text';
import type { Catalog, CatalogHit } from './types';

/**
 * Search of the national list by name, as a clerk types it: with or without diacritics
 * ("thong binh", "Thông Bình"), any case, the unit kind optional ("xã", "phường"). Built once,
 * then each keystroke scans about 14.000 short folded strings (well under a millisecond each).
 */

/** "Xã Đồng Tháp" -> "xa dong thap": lower case, no tone or vowel marks, đ -> d, one space. */
export function foldVietnamese(text: string): string {
  return nfc(text)
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KIND_PREFIX = /^(xa|phuong|thi tran|dac khu) /u;

interface Entry {
  hit: CatalogHit;
  /** The folded name with its kind ("xa ...") removed, to rank "thong binh" as a name start. */
  bare: string;
  folded: string;
  /** Lower-case name with its marks, to rank a query typed with diacritics above look-alikes. */
  marked: string;
}

export interface CatalogIndex {
  entries: Entry[];
  size: { provinces: number; communes: number };
}

function entry(hit: CatalogHit, name: string): Entry {
  const folded = foldVietnamese(name);
  return { hit, folded, bare: folded.replace(KIND_PREFIX, ''), marked: nfc(name).toLocaleLowerCase('vi') };
}

export function buildCatalogIndex(catalog: Catalog): CatalogIndex {
  const current = new Map<string, CatalogHit>();
  const entries: Entry[] = [];
  for (const p of catalog.provinces) {
    for (const c of p.communes) {
      const hit = { code: c.code, name: c.name, provinceCode: p.code, provinceName: p.name };
      current.set(c.code, hit);
      entries.push(entry(hit, c.name));
    }
  }
  for (const d of catalog.oldDistricts) {
    for (const old of d.communes) {
      for (const code of old.to) {
        const now = current.get(code);
        // Its own name kept: the current entry already answers.
        if (!now || foldVietnamese(now.name) === foldVietnamese(old.name)) continue;
        entries.push(entry({ ...now, formerly: { name: old.name, districtName: d.name } }, old.name));
      }
    }
  }
  return { entries, size: { provinces: catalog.provinces.length, communes: current.size } };
}

/**
 * The communes whose name (or former name) holds every word typed, best first: a name that
 * starts with the query, then one where a word does, then any; current names before former
 * ones; exact diacritics before look-alikes; shorter names first. One hit per current commune.
 */
export function searchCatalog(index: CatalogIndex, query: string, limit = 20): CatalogHit[] {
  const q = foldVietnamese(query);
  if (!q) return [];
  // Each word typed starts a word of the name: "hong" finds "Tân Hồng", not "Tân Phong".
  const words = q.split(' ').map((w) => ` ${w}`);
  const marked = nfc(query).trim().toLocaleLowerCase('vi');
  const hasMarks = foldVietnamese(marked) !== marked.replace(/\s+/gu, ' ');
  const scored: { entry: Entry; score: number }[] = [];
  for (const e of index.entries) {
    const spaced = ` ${e.folded}`;
    if (!words.every((w) => spaced.includes(w))) continue;
    let score = e.bare.startsWith(q) || e.folded.startsWith(q) ? 0 : spaced.includes(` ${q}`) ? 1 : 2;
    if (e.hit.formerly) score += 3;
    if (hasMarks && !e.marked.includes(marked)) score += 6;
    scored.push({ entry: e, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.entry.folded.length - b.entry.folded.length ||
      a.entry.hit.code.localeCompare(b.entry.hit.code),
  );
  const seen = new Set<string>();
  const hits: CatalogHit[] = [];
  for (const { entry: e } of scored) {
    if (seen.has(e.hit.code)) continue;
    seen.add(e.hit.code);
    hits.push(e.hit);
    if (hits.length >= limit) break;
  }
  return hits;
}
