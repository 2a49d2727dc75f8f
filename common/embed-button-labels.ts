import { type Lang } from '../contracts/lang.ts';

/**
 * The deck's embed button and its key, apart from the rest of the embedding words (embed-labels.ts,
 * which includes these): a deck page's first load carries only these, the dialog loads the rest.
 */
export const EMBED_BUTTON_LABELS = {
  'zh-CN': {
    button: '嵌入',
    buttonTitle: '嵌入本页（快捷键 E）',
    shortcut: '复制本页的嵌入代码',
  },
  en: {
    button: 'Embed',
    buttonTitle: 'Embed this slide (key E)',
    shortcut: 'Copy the embed code for this slide',
  },
} as const satisfies Record<Lang, Record<string, string>>;
