import { parse } from 'node-html-parser';

/**
 * The English deck page from the built Chinese page: same scripts, styles and assets (the build
 * has already linked them), with the slides, title and language of the rendered English source.
 */
export function englishPage(builtChineseHtml: string, renderedEnglishSource: string, file: string): string {
  const page = parse(builtChineseHtml, { comment: false });
  const english = parse(renderedEnglishSource, { comment: false });
  const slides = page.querySelector('.slides');
  const englishSlides = english.querySelector('.slides');
  if (!slides || !englishSlides) throw new Error(`${file}: no .slides element to translate`);
  slides.set_content(englishSlides.innerHTML);
  page.querySelector('html')?.setAttribute('lang', 'en');
  const title = page.querySelector('title');
  const englishTitle = english.querySelector('title');
  if (title && englishTitle) title.set_content(englishTitle.innerHTML);
  const switchLink = page.querySelector('a.lang-switch');
  const englishSwitch = english.querySelector('a.lang-switch');
  if (switchLink && englishSwitch) switchLink.replaceWith(englishSwitch.toString());
  return page.toString();
}
