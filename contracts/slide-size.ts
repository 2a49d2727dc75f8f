/** The slide every deck is laid out on, in CSS pixels: 16:9, scaled by reveal to the window. */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;
