/** The two editions of every deck: the article's Chinese and the English translation. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A page's or a query's language as one of the editions: 'en' is English, anything else Chinese. */
export function normalizeLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh-CN';
}
