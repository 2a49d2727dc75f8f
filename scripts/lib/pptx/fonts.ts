/**
 * The typeface named on every run of text, Latin and East Asian, including chart text.
 *
 * Microsoft YaHei (微软雅黑) ships with every Windows since Vista (PowerPoint, WPS) and with Microsoft
 * Office for Mac; Keynote and LibreOffice substitute a Chinese sans (PingFang SC, Noto Sans CJK SC)
 * for it, since the East Asian slot also carries the GB2312 character set (charset -122), which tells
 * every program the run is Simplified Chinese. The theme's East Asian and “Hans” fonts name it too.
 * See README, “Export PowerPoint”.
 */
export const PPTX_FONT = 'Microsoft YaHei';
/** GB2312 as the signed byte DrawingML writes: a program that lacks the font substitutes a Chinese one. */
export const PPTX_EA_CHARSET = '-122';
