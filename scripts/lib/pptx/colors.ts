import { PALETTE } from '../../../charts/palette.ts';

/** The decks' colours as PowerPoint writes them (hex without #), from the one palette (charts/palette.ts). */
export const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();
export const C = {
  text: hex(PALETTE.text),
  muted: hex(PALETTE.muted),
  key: hex(PALETTE.yunnan),
  yunnan: hex(PALETTE.yunnan),
  shanghai: hex(PALETTE.shanghai),
  placeholder: hex(PALETTE.placeholder),
  damaged: hex(PALETTE.damaged),
  rule: hex(PALETTE.grid),
  background: hex(PALETTE.background),
  white: 'FFFFFF',
} as const;
