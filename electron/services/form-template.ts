/** Which form a service works with: the built-in one, or a package's (`--form`, Settings). */
import { CURRENT_TEMPLATE, TEMPLATES, type FormTemplate } from '../../shared/template';
import type { ServiceContext } from './context';

export function activeTemplate(ctx: ServiceContext): FormTemplate {
  return ctx.template ?? CURRENT_TEMPLATE;
}

/**
 * The templates a received file may be under: every built-in version and the package's (which
 * replaces a built-in one of the same code and version). Undefined when only the built-in ones,
 * so the check pool keeps its one shared context.
 */
export function knownTemplates(ctx: ServiceContext): readonly FormTemplate[] | undefined {
  const extra = ctx.template;
  if (!extra) return undefined;
  return [...TEMPLATES.filter((t) => t.id !== extra.id || t.version !== extra.version), extra];
}
