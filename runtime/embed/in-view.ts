/** Share of the element that must be on screen, or this many CSS pixels of it, to count as "in view". */
const MIN_RATIO = 0.2;
const MIN_PIXELS = 240;

/**
 * Calls back once, the first time the element scrolls into view. Inside an iframe the implicit
 * root is the top-level viewport, so this also sees the host page scrolling. Without
 * IntersectionObserver it calls back at once.
 */
export function onceInView(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const seen = entries.some(
        (entry) => entry.isIntersecting && (entry.intersectionRatio >= MIN_RATIO || entry.intersectionRect.height >= MIN_PIXELS),
      );
      if (!seen) return;
      observer.disconnect();
      callback();
    },
    { threshold: [0, 0.1, MIN_RATIO, 0.5, 1] },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
