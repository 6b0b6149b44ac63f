/**
 * Accessibility in the end-to-end tests: axe-core (from npm) evaluated in the page, a screenshot
 * of every screen at 1366×768 under test-output/, and a check that the focused element shows it.
 * `UPDATE_DOCS_SCREENSHOT=1` also copies the screenshots the README shows to docs/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, screenshot } from './support';

const AXE_SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe on the page as it is (WCAG 2.1 A and AA rules and best practices) and returns the
 * serious and critical findings. Evaluated through the DevTools protocol, which the page's strict
 * CSP does not govern (a <script> tag would rightly be refused).
 */
export async function axeSerious(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate<boolean>('typeof window.axe !== "undefined"');
  if (!loaded) await page.evaluate<unknown>(AXE_SOURCE);
  const json = await page.evaluate<string>(`axe
    .run(document, { resultTypes: ['violations'] })
    .then((r) => JSON.stringify(r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }))))`);
  return (JSON.parse(json) as AxeFinding[]).filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/** The screens whose pictures the README shows (docs/<name>.png). */
const DOCS = new Set(['first-run', 'form-models', 'district', 'district-history', 'settings', 'so-sanh-ky']);

/** A screenshot of the screen (test-output/<name>.png, and docs/ when asked) and its axe findings. */
export async function screen(page: Page, name: string): Promise<AxeFinding[]> {
  const file = await screenshot(page, name);
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1' && DOCS.has(name)) {
    fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', `${name}.png`));
  }
  return axeSerious(page);
}

/**
 * How the focused element shows focus: its outline (style and width) or box-shadow, so a test can
 * assert focus is always visible.
 */
export function focusStyle(page: Page): Promise<{ label: string; outline: string; shadow: string } | null> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      label: el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent.trim() : '') ||
        el.textContent.trim().slice(0, 60) || el.tagName,
      outline: s.outlineStyle === 'none' || s.outlineWidth === '0px' ? '' : s.outlineStyle + ' ' + s.outlineWidth,
      shadow: s.boxShadow === 'none' ? '' : s.boxShadow,
    };
  })()`);
}
