import { isTextLabelKey, type PresenterLabels } from './labels.ts';

/** Which attribute names a label, and where that label goes. */
const LABEL_TARGETS = [
  { attribute: 'data-label', apply: (element: HTMLElement, text: string) => (element.textContent = text) },
  { attribute: 'data-label-title', apply: (element: HTMLElement, text: string) => element.setAttribute('title', text) },
  { attribute: 'data-label-aria', apply: (element: HTMLElement, text: string) => element.setAttribute('aria-label', text) },
] as const;

/**
 * Writes the presenter view's interface text in the edition's language: every element naming a
 * label key in data-label (text), data-label-title (tooltip) or data-label-aria (accessible name).
 */
export function applyLabels(root: ParentNode, labels: PresenterLabels): void {
  for (const { attribute, apply } of LABEL_TARGETS) {
    for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
      const key = element.getAttribute(attribute) ?? '';
      if (!isTextLabelKey(key, labels)) throw new Error(`presenter page names an unknown label: ${attribute}="${key}"`);
      apply(element, labels[key]);
    }
  }
  document.documentElement.lang = labels.lang;
  document.title = labels.documentTitle;
}
