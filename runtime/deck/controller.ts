/**
 * What every deck-page controller is, after reveal.js's own `js/controllers/*`: bind() starts
 * listening, unbind() stops and undoes what bind() put on the page. The deck runtime binds the
 * controllers of its mode (controllers-for-mode.ts) and unbinds them all on destroy().
 */
export interface Controller {
  bind(): void;
  unbind(): void;
}
