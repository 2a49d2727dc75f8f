import type { Controller } from './controller.ts';

/** The part of reveal's API the runtime owns: it is destroyed last. */
export interface DestroyableDeck {
  destroy(): void;
}

/**
 * Holds what a deck page bound, so it can all be undone: bind() binds a controller and remembers
 * it; destroy() unbinds every controller in reverse order, then destroys reveal. A deck page wires
 * reveal's own destroy() here (boot.ts), so `Reveal.destroy()` from any tool also unbinds ours.
 */
export class DeckRuntime {
  private readonly bound: Controller[] = [];
  private destroyed = false;

  constructor(private readonly destroyDeck: () => void = () => {}) {}

  bind(controllers: readonly Controller[]): void {
    if (this.destroyed) return;
    for (const controller of controllers) {
      controller.bind();
      this.bound.push(controller);
    }
  }

  get controllers(): readonly Controller[] {
    return this.bound;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const controller of this.bound.splice(0).reverse()) controller.unbind();
    this.destroyDeck();
  }
}

/**
 * Makes `deck.destroy()` (reveal's, as tools call it through `window.Reveal`) destroy the whole
 * runtime: our controllers first, then reveal itself. Returns the runtime.
 */
export function ownDeck(deck: DestroyableDeck): DeckRuntime {
  const revealDestroy = deck.destroy.bind(deck);
  const runtime = new DeckRuntime(revealDestroy);
  deck.destroy = () => runtime.destroy();
  return runtime;
}
