/**
 * Numbered schema migrations. Each runs in one transaction together with the `user_version` it
 * sets, so a migration either applies whole or not at all. Append only: never edit a shipped one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: settings, units, reports
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  CREATE TABLE units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('xa', 'huyen')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL REFERENCES units(code),
    period TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    exported_revision INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (unit_code, period, template_id, template_version)
  ) STRICT;
  `,
  // 2: files received by the merging office (district store). Every file is kept with its bytes,
  // even refused and superseded ones, so the district can always show what it was sent.
  `
  CREATE TABLE received_files (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    bytes BLOB NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'warnings', 'refused')),
    problems TEXT NOT NULL,
    template_id TEXT,
    template_version INTEGER,
    unit_code TEXT,
    unit_name TEXT,
    period TEXT,
    revision INTEGER,
    report_id INTEGER,
    origin TEXT,
    data TEXT,
    status TEXT NOT NULL
      CHECK (status IN ('current', 'superseded', 'refused', 'duplicate', 'older')),
    related_id INTEGER REFERENCES received_files(id)
  ) STRICT;
  CREATE INDEX received_files_unit_period ON received_files (unit_code, period, status);
  `,
  // 3: the period a received file was checked against (the period on screen when it was imported),
  // so a file refused for being of another period is listed under the period it was sent for.
  `
  ALTER TABLE received_files ADD COLUMN checked_period TEXT;
  CREATE INDEX received_files_checked_period ON received_files (checked_period, status);
  `,
  // 4: form packages installed from Settings (issue 9). Every version ever installed is kept, so
  // reports and received files under it can still be read; the newest installed is in use.
  `
  CREATE TABLE form_packages (
    id INTEGER PRIMARY KEY,
    template_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    package TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    UNIQUE (template_id, version)
  ) STRICT;
  `,
  // 5: receipts (biên nhận) a commune imported, so what the merging office said about its file is
  // still shown after a restart, not only the moment the receipt was opened.
  `
  CREATE TABLE receipts_seen (
    id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL,
    period TEXT NOT NULL,
    revision INTEGER,
    sha256 TEXT NOT NULL,
    receipt TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (unit_code, period, sha256, revision)
  ) STRICT;
  `,
  // 6: the export time an app export carries in its identity, so two files of a unit with the same
  // revision are ordered by what they say, not by the order they arrived (shared/merge/supersede.ts).
  `
  ALTER TABLE received_files ADD COLUMN exported_at TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
