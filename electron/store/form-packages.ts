import type { FormPackage } from '../../shared/template/package/types';
import type { Db } from './database';

export interface InstalledPackage {
  id: number;
  templateId: string;
  version: number;
  title: string;
  fileName: string;
  sha256: string;
  installedAt: string;
}

interface Row {
  id: number;
  template_id: string;
  version: number;
  title: string;
  file_name: string;
  sha256: string;
  installed_at: string;
  package: string;
}

const summary = (r: Row): InstalledPackage => ({
  id: r.id,
  templateId: r.template_id,
  version: r.version,
  title: r.title,
  fileName: r.file_name,
  sha256: r.sha256,
  installedAt: r.installed_at,
});

export function findPackage(db: Db, templateId: string, version: number): InstalledPackage | undefined {
  const row = db
    .prepare('SELECT * FROM form_packages WHERE template_id = ? AND version = ?')
    .get(templateId, version) as Row | undefined;
  return row && summary(row);
}

export function insertPackage(
  db: Db,
  pkg: FormPackage,
  file: { fileName: string; sha256: string; installedAt: string },
): InstalledPackage {
  db.prepare(
    `INSERT INTO form_packages (template_id, version, title, file_name, sha256, package, installed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    pkg.template.id,
    pkg.template.version,
    pkg.template.title,
    file.fileName,
    file.sha256,
    JSON.stringify(pkg),
    file.installedAt,
  );
  return findPackage(db, pkg.template.id, pkg.template.version)!;
}

/** Every installed package, the most recently installed last. */
export function listPackages(db: Db): InstalledPackage[] {
  return (db.prepare('SELECT * FROM form_packages ORDER BY id').all() as Row[]).map(summary);
}

/** The packages' contents (trusted: checked when installed), the most recently installed last. */
export function loadPackages(db: Db): FormPackage[] {
  return (db.prepare('SELECT package FROM form_packages ORDER BY id').all() as Row[]).map(
    (r) => JSON.parse(r.package) as FormPackage,
  );
}
