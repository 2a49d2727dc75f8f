/**
 * The figure token syntax for hand-written text: `{ledger-id}`, `{ledger-id|number}`,
 * `{ledger-id|printed}`. ledger/format.ts renders tokens; ledger/typed-digits.ts skips them.
 */
export const FIGURE_TOKEN_SOURCE = String.raw`\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|(number|printed))?\}`;
