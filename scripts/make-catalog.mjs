// Regenerates resources/catalog/ (the national list of provinces and communes since 1/7/2025 and
// the old -> new table) from a snapshot of github.com/sunshine-tech/VietnamProvinces.
//
//   node scripts/make-catalog.mjs <snapshot> [--date YYYY-MM-DD]
//
// <snapshot> is either a checkout of that repository or its bare git directory (read at HEAD).
// Codes are kept as text with their leading zeros (province 2 digits, commune 5, old district 3):
// they are the national statistics office's codes, not numbers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const NESTED = 'vietnam_provinces/data/nested-divisions.json';
const TABLE_DIR = 'dev/seed-data/2025-07';
const OUT_DIR = path.resolve(import.meta.dirname, '..', 'resources', 'catalog');

const args = process.argv.slice(2);
const snapshot = args.find((a) => !a.startsWith('--'));
if (!snapshot) {
  console.error(
    'Cách dùng: node scripts/make-catalog.mjs <thư mục bản sao VietnamProvinces> [--date YYYY-MM-DD]',
  );
  process.exit(2);
}
const dateArg = args.includes('--date') ? args[args.indexOf('--date') + 1] : undefined;

const isBare = !fs.existsSync(path.join(snapshot, NESTED));
const git = (...a) =>
  execFileSync('git', ['--git-dir', isBare ? snapshot : path.join(snapshot, '.git'), ...a], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
const readFile = (rel) =>
  isBare ? git('show', `HEAD:${rel}`) : fs.readFileSync(path.join(snapshot, rel), 'utf8');
const listTable = () =>
  isBare
    ? git('ls-tree', '--name-only', '-z', `HEAD:${TABLE_DIR}`).split('\0').filter(Boolean)
    : fs.readdirSync(path.join(snapshot, TABLE_DIR));

const commit = git('log', '-1', '--format=%H').trim();
const commitDate = git('log', '-1', '--format=%cs').trim();

/** Names as people write them: one space, no stray line breaks, Unicode NFC. */
const clean = (s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const pad = (n, width) => String(n).padStart(width, '0');

// --- The list in force since 1/7/2025 -------------------------------------------------------
const nested = JSON.parse(readFile(NESTED));
const provinces = nested.map((p) => ({
  code: pad(p.code, 2),
  name: clean(p.name),
  communes: p.wards.map((w) => [pad(w.code, 5), clean(w.name)]),
}));
const communeCount = provinces.reduce((n, p) => n + p.communes.length, 0);

// --- The old -> new table ---------------------------------------------------------------------
/** A CSV reader for the one table: quoted fields may hold commas and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}
/** "Huyện Tân Hồng (869)" -> ["869", "Huyện Tân Hồng"]. */
function nameAndCode(text, width) {
  const m = /^(.*)\((\d+)\)\s*$/su.exec(clean(text));
  return m ? [pad(m[2], width), clean(m[1])] : null;
}

const tableFile = listTable().find((f) => f.endsWith('.csv'));
if (!tableFile) throw new Error(`no .csv under ${TABLE_DIR}`);
const rows = parseCsv(readFile(`${TABLE_DIR}/${tableFile}`).replace(/^\uFEFF/u, ''));
const newCodes = new Set(provinces.flatMap((p) => p.communes.map(([code]) => code)));
const districts = new Map(); // old district code -> { code, name, province: [code, name], communes: Map }
let tableRows = 0;
for (const r of rows.slice(2)) {
  const newCode = clean(r[2] ?? '');
  if (!/^\d{1,5}$/u.test(newCode)) continue; // a province heading row
  const district = nameAndCode(r[6] ?? '', 3);
  const province = nameAndCode(r[7] ?? '', 2);
  if (!district || !province) throw new Error(`row without old district or province: ${r.join(',')}`);
  const to = pad(newCode, 5);
  if (!newCodes.has(to)) throw new Error(`new code ${to} not in ${NESTED}`);
  tableRows++;
  let d = districts.get(district[0]);
  if (!d)
    districts.set(district[0], (d = { code: district[0], name: district[1], province, communes: new Map() }));
  const oldCode = clean(r[4] ?? '');
  const oldName = clean(r[3] ?? '');
  // A whole district turned into a special zone has no old commune: the district itself moved.
  const key = oldCode ? pad(oldCode, 5) : `${d.code}:${oldName || d.name}`;
  const c = d.communes.get(key) ?? { code: oldCode ? pad(oldCode, 5) : '', name: oldName || d.name, to: [] };
  if (!c.to.includes(to)) c.to.push(to);
  d.communes.set(key, c);
}
const oldNew = [...districts.values()]
  .sort((a, b) => a.province[0].localeCompare(b.province[0]) || a.code.localeCompare(b.code))
  .map((d) => ({
    code: d.code,
    name: d.name,
    provinceCode: d.province[0],
    provinceName: d.province[1],
    communes: [...d.communes.values()].map((c) => [c.code, c.name, c.to.join(' ')]),
  }));

// --- Write ------------------------------------------------------------------------------------
const source = {
  repository: 'https://github.com/sunshine-tech/VietnamProvinces',
  commit,
  commitDate,
  files: [NESTED, `${TABLE_DIR}/${tableFile}`],
  generated: dateArg ?? new Date().toISOString().slice(0, 10),
};
fs.mkdirSync(OUT_DIR, { recursive: true });
const write = (name, value) => {
  // One province or district per line: small diffs when the source changes.
  const body = Object.entries(value)
    .map(([k, v]) =>
      Array.isArray(v)
        ? `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`
        : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    )
    .join(',\n');
  fs.writeFileSync(path.join(OUT_DIR, name), `{\n${body}\n}\n`);
};
write('danh-muc-2025.json', { source, effectiveFrom: '2025-07-01', provinces });
write('chuyen-doi-2025.json', { source, effectiveFrom: '2025-07-01', districts: oldNew });
console.log(
  `${provinces.length} tỉnh, thành phố; ${communeCount} xã, phường, đặc khu; ` +
    `${oldNew.length} huyện cũ, ${tableRows} dòng chuyển đổi (commit ${commit.slice(0, 12)}, ${commitDate}).`,
);
