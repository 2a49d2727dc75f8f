/**
 * The typeface named on every run of text, Latin and East Asian, including chart text: Noto Sans
 * CJK SC, the Simplified Chinese cut of the site's own typeface (Noto Sans SC), with its Latin.
 *
 * A viewer that has it (LibreOffice on Linux with fonts-noto-cjk, any machine with Noto Sans CJK)
 * draws the file as the screen does. One that lacks it substitutes a Simplified Chinese sans
 * (Microsoft YaHei, PingFang SC), because the East Asian slot carries the GB2312 character set
 * (charset -122) and every run is marked zh-CN. Naming Microsoft YaHei instead made LibreOffice,
 * which lacks it, draw Chinese from Noto Sans CJK JP (Japanese glyph forms) and English from
 * DejaVu Sans. See README, “Export PowerPoint”.
 */
export const PPTX_FONT = 'Noto Sans CJK SC';
/** GB2312 as the signed byte DrawingML writes: a program that lacks the font substitutes a Simplified Chinese one. */
export const PPTX_EA_CHARSET = '-122';

/**
 * The Latin face of English quotes, apostrophes, dashes, “…” and “·” (common/latin-punctuation.ts):
 * in Noto Sans CJK SC they are full-width (“Pu’ er”). Arial is on every Windows and Mac; LibreOffice
 * draws it as Liberation Sans (same metrics) or its Latin default.
 */
export const PPTX_LATIN_PUNCTUATION_FONT = 'Arial';
