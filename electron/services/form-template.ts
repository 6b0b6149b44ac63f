/** Which form a service works with: the built-in one, or a package's (`--form`, Settings). */
import { CURRENT_TEMPLATE, TEMPLATES, type FormTemplate } from '../../shared/template';
import type { ServiceContext } from './context';

export function activeTemplate(ctx: ServiceContext): FormTemplate {
  return ctx.template ?? CURRENT_TEMPLATE;
}

/**
 * The templates a received file or a stored report may be under: every built-in version, every
 * installed package and the one in use (a package replaces a built-in one of the same code and
 * version). Undefined when only the built-in ones, so the check pool keeps one shared context.
 */
export function knownTemplates(ctx: ServiceContext): readonly FormTemplate[] | undefined {
  const extra = [
    ...(ctx.installedForms ?? []).map((p) => p.template),
    ...(ctx.template ? [ctx.template] : []),
  ];
  if (!extra.length) return undefined;
  const byKey = new Map<string, FormTemplate>();
  for (const t of [...TEMPLATES, ...extra]) byKey.set(`${t.id}@${t.version}`, t);
  return [...byKey.values()];
}
