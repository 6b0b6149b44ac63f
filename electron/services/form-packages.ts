/**
 * Form packages installed from Settings: checked like any received workbook, kept (every version
 * seen), and the newest version of the last installed form put in use. Reports saved under an
 * older version are carried forward by the packages' mappings when opened under the new one.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { formPackageMessages as FM } from '../../shared/i18n/vi/form-install';
import { packageMessages as PM } from '../../shared/i18n/vi/form-package';
import { TEMPLATES, type FormTemplate } from '../../shared/template';
import type { MappingRow } from '../../shared/template/package/types';
import { migrateReport, type MigrationSummary } from '../../shared/template/package/migrate';
import type { ReportData } from '../../shared/domain/report';
import { AppError } from '../errors';
import { readFormPackage } from '../form-package/read';
import {
  findPackage,
  insertPackage,
  listPackages,
  loadPackages,
  type InstalledPackage,
} from '../store/form-packages';
import type { ServiceContext } from './context';
import { activeTemplate } from './form-template';

/** Reads the installed packages into the context and puts the newest version in use. */
export function loadForms(ctx: ServiceContext): void {
  const installed = loadPackages(ctx.db);
  ctx.installedForms = installed;
  const last = installed.at(-1);
  if (!last) {
    delete ctx.template;
    return;
  }
  const sameForm = installed.filter((p) => p.template.id === last.template.id);
  const newest = sameForm.reduce((a, b) => (b.template.version > a.template.version ? b : a));
  const builtIn = TEMPLATES.find((t) => t.id === newest.template.id && t.version > newest.template.version);
  if (builtIn) delete ctx.template;
  else ctx.template = newest.template;
}

export interface FormsState {
  active: { id: string; version: number; title: string; builtIn: boolean };
  installed: InstalledPackage[];
}

export function getForms(ctx: ServiceContext): FormsState {
  const t = activeTemplate(ctx);
  return {
    active: { id: t.id, version: t.version, title: t.title, builtIn: !ctx.template },
    installed: listPackages(ctx.db),
  };
}

export function installFormPackage(ctx: ServiceContext, fileName: string, bytes: Uint8Array): FormsState {
  const result = readFormPackage(bytes, fileName);
  if (!result.ok) {
    throw new AppError(
      'bad-form',
      `${FM.refused(fileName)} ${PM.checkedBad(result.problems.length)}`,
      result.problems.slice(0, 50),
    );
  }
  const { template } = result.pkg;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = findPackage(ctx.db, template.id, template.version);
  // Compared by what the form says, not by bytes: the same package re-saved in Excel (or written
  // again a second later, with new zip timestamps) is the same form and installs as "nothing new".
  const installedContent = ctx.installedForms?.find(
    (p) => p.template.id === template.id && p.template.version === template.version,
  );
  if (existing && JSON.stringify(installedContent) !== JSON.stringify(result.pkg)) {
    throw new AppError(
      'form-version-exists',
      FM.versionExists(template.id, template.version, existing.fileName),
    );
  }
  const builtIn = TEMPLATES.find((t) => t.id === template.id && t.version === template.version);
  if (!existing && builtIn && !isDeepStrictEqual(builtIn, template)) {
    throw new AppError('form-version-exists', FM.versionIsBuiltIn(template.id, template.version));
  }
  if (!existing)
    insertPackage(ctx.db, result.pkg, { fileName, sha256, installedAt: ctx.now().toISOString() });
  loadForms(ctx);
  return getForms(ctx);
}

/** The versions of a form in order, each with the mapping that leads to it from the one before. */
function versionsOf(ctx: ServiceContext, id: string): { template: FormTemplate; mapping: MappingRow[] }[] {
  const byVersion = new Map<number, { template: FormTemplate; mapping: MappingRow[] }>();
  for (const t of TEMPLATES) if (t.id === id) byVersion.set(t.version, { template: t, mapping: [] });
  for (const p of ctx.installedForms ?? []) if (p.template.id === id) byVersion.set(p.template.version, p);
  if (ctx.template?.id === id && !byVersion.has(ctx.template.version))
    byVersion.set(ctx.template.version, { template: ctx.template, mapping: [] });
  return [...byVersion.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/**
 * Carries report data from an older version of the form to the one in use, step by step through
 * each version's mapping; null when the older version is unknown here (no way leads there).
 */
export function carryForward(
  ctx: ServiceContext,
  data: ReportData,
  from: { id: string; version: number },
  to: FormTemplate = activeTemplate(ctx),
): { data: ReportData; summary: MigrationSummary } | null {
  if (from.id !== to.id || from.version >= to.version) return null;
  const chain = versionsOf(ctx, to.id).filter(
    (v) => v.template.version >= from.version && v.template.version <= to.version,
  );
  // Each package's mapping is from the version just before it: every version between must be known.
  if (chain.length !== to.version - from.version + 1 || chain[0]?.template.version !== from.version)
    return null;
  let current = data;
  const total: MigrationSummary = { moved: [], added: [], dropped: [] };
  for (let i = 1; i < chain.length; i++) {
    const step = migrateReport(current, chain[i - 1]!.template, chain[i]!.template, chain[i]!.mapping);
    current = step.data;
    total.moved.push(...step.summary.moved);
    total.dropped.push(...step.summary.dropped);
    total.added = step.summary.added;
  }
  return { data: current, summary: total };
}
