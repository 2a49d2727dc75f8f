import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into each page under test. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core');

/** The part of an axe result these tests read. */
interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
interface AxeResults {
  violations: AxeViolation[];
}
interface AxeGlobal {
  run(context: Element | Document | { include: Element[] }, options: { resultTypes: string[] }): Promise<AxeResults>;
}

/**
 * Runs axe in the page and returns one line per violating node ("rule (impact): help — target — html").
 * `scope` is a selector: the run covers those elements only; without it, the whole document.
 * Inert and hidden elements are skipped by axe itself.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: AxeGlobal }).axe;
    const context = selector ? { include: [...document.querySelectorAll(selector)] } : document;
    if (selector && context instanceof Object && 'include' in context && context.include.length === 0) return [`no element matches ${selector}`];
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? '?'}): ${violation.help} — ${node.target.map(String).join(' ')} — ${node.html.slice(0, 160)}` +
          (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''),
      ),
    );
  }, scope);
}
