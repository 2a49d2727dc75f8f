import type { Lang } from '../contracts/lang.ts';

/** The brackets that set a figure's gap words off from its value in running text: （…） or “ (…)”. */
export function gapBrackets(lang: Lang): readonly [string, string] {
  return lang === 'en' ? [' (', ')'] : ['（', '）'];
}
