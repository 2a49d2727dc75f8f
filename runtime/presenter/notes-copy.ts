/** Plain text markup a slide's notes may use (the build writes p, ul, li and span). */
const KEPT = new Set(['p', 'ul', 'ol', 'li', 'span', 'strong', 'em', 'b', 'i', 'q', 'br', 'small', 'sub', 'sup', 'blockquote', 'cite', 'code']);
/** Elements whose text is not prose: left out with everything in them. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title']);
/** The only attributes kept: how a figure is styled and which language a passage is in. */
const ATTRIBUTES = ['class', 'lang'] as const;

function copyChildren(from: Node, to: Node, target: Document): void {
  for (const child of from.childNodes) {
    if (child instanceof Text) to.appendChild(target.createTextNode(child.data));
    // A hidden passage is not said (the source notes' article-only sentence, shown under ?supplements=off).
    if (!(child instanceof Element) || DROPPED.has(child.localName) || child.hasAttribute('hidden')) continue;
    if (!KEPT.has(child.localName)) {
      copyChildren(child, to, target);
      continue;
    }
    const copy = target.createElement(child.localName);
    for (const name of ATTRIBUTES) {
      const value = child.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    copyChildren(child, copy, target);
    to.appendChild(copy);
  }
}

/**
 * A slide's notes, rebuilt in `target` from the deck page's own `<aside class="notes">`: text and
 * the plain markup above only, every other element reduced to its text, no other attribute (no
 * handlers, links, sources or styles). Nothing is parsed as HTML here.
 */
export function copyNotes(notes: Element, target: Document): DocumentFragment {
  const fragment = target.createDocumentFragment();
  copyChildren(notes, fragment, target);
  return fragment;
}
