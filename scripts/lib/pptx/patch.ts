import JSZip from 'jszip';
import { PPTX_EA_CHARSET, PPTX_FONT } from './fonts.ts';
import type { NativeChart } from './chart-data.ts';
import { C } from './colors.ts';
import { SUPPLEMENT_FILL } from './supplements.ts';

const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Characters outside XML 1.0's Char production: C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * An XML part without the characters XML forbids. The ledger refuses them in every text it holds
 * (ledger/text-characters.ts); this is the second line: whatever text reaches the exporter, no
 * part of the file is left that is not well-formed (a notes or slide part with U+0001 or U+FFFF
 * is not XML, and PowerPoint offers to repair the file).
 */
export function xmlSafe(xml: string): string {
  return xml.replace(NOT_XML_CHAR, '');
}

/**
 * Every Latin typeface gets an East Asian sibling (`<a:ea>`), so Chinese never falls back to a font
 * without Chinese glyphs: pptxgenjs writes only `<a:latin>` into chart text (axis labels, data
 * labels, legend). An existing `<a:ea>` is kept.
 */
export function addEastAsianFonts(xml: string, font: string = PPTX_FONT): string {
  const ea = `<a:ea typeface="${escapeAttr(font)}" charset="${PPTX_EA_CHARSET}"/>`;
  return xml.replace(/(<a:latin\b[^>]*\/>)(?!\s*<a:ea\b)/g, `$1${ea}`);
}

/** The theme's heading and body fonts name the East Asian font too (pptxgenjs leaves them empty). */
export function patchTheme(xml: string, font: string = PPTX_FONT): string {
  const name = escapeAttr(font);
  return xml.replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${name}"/>`).replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${name}"/>`);
}

/**
 * Chart XML: a gap is a point left out of the cache (no `<c:pt>`), not an empty value that some
 * viewers read as 0; single-level categories are a plain string reference with a `<c:strCache>`,
 * which every viewer that reads only cached values shows as text; horizontal bars list their
 * categories top to bottom, as the slides do; every text run names the deck's language.
 */
export function patchChartXml(xml: string, lang = 'zh-CN'): string {
  let out = xml.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '');
  out = out.replace(
    /<c:multiLvlStrRef>\s*(<c:f>[^<]*<\/c:f>)\s*<c:multiLvlStrCache>\s*(<c:ptCount val="\d+"\/>)\s*<c:lvl>([\s\S]*?)<\/c:lvl>\s*<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>/g,
    (_match, f: string, count: string, points: string) => `<c:strRef>${f}<c:strCache>${count}${points}</c:strCache></c:strRef>`,
  );
  // Every text run of the chart (axis labels, data labels, legend) names its language, the deck's.
  out = out.replace(/<a:(defRPr|rPr)\b(?![^>]*\blang=)/g, `<a:$1 lang="${escapeAttr(lang)}"`);
  if (/<c:barDir val="bar"\/>/.test(out)) {
    out = out.replace(/(<c:catAx>[\s\S]*?<c:orientation val=")minMax("\/>)/, '$1maxMin$2');
  }
  return addEastAsianFonts(out);
}

/**
 * Each bar's value label as the slide writes it, with its unit: a label of its own per point
 * (`<c:dLbl>`) whose number format carries the unit (“5吨/亩”, “16 schools”, “1 entry”), since units
 * differ from bar to bar in English; a point with no label (a gap, a zero count) has its label deleted.
 */
export function labelChartXml(xml: string, chart: NativeChart): string {
  const position = /<c:dLblPos val="([a-zA-Z]+)"\/>/.exec(xml)?.[1];
  let seriesIndex = 0;
  return xml.replace(/<c:dLbls>(<c:numFmt formatCode=")[^"]*(" sourceLinked="0"\/>)(<c:txPr>[\s\S]*?<\/c:txPr>)/g, (match, numFmtOpen: string, numFmtClose: string, txPr: string) => {
    const series = chart.series[seriesIndex++];
    if (!series) return match;
    // A supplied bar's label (“补充 20000个”) in the supplement's colour, as the screen writes it.
    const suppliedTxPr = txPr.replace(/<a:srgbClr val="[0-9A-Fa-f]{6}"\/>/, `<a:srgbClr val="${SUPPLEMENT_FILL}"/>`);
    const points = series.formats.map((format, index) =>
      format === ''
        ? `<c:dLbl><c:idx val="${index}"/><c:delete val="1"/></c:dLbl>`
        : `<c:dLbl><c:idx val="${index}"/><c:numFmt formatCode="${escapeAttr(format)}" sourceLinked="0"/>${series.supplied[index] ? suppliedTxPr : txPr}${position ? `<c:dLblPos val="${position}"/>` : ''}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
    );
    const first = series.formats.find((format) => format !== '') ?? 'General';
    return `<c:dLbls>${points.join('')}${numFmtOpen}${escapeAttr(first)}${numFmtClose}${txPr}`;
  });
}

/**
 * A bar supplied from another source gets a fill of its own: the supplement colour in stripes rising
 * to the right (DrawingML's wide upward diagonal pattern) on the slide's background, with a solid
 * outline in that colour, as the screen draws it; never the article's solid colours. pptxgenjs writes
 * solid fills only, so the point's `<c:dPt>` is written (or its fill replaced) here.
 */
export function suppliedFillXml(xml: string, chart: NativeChart): string {
  let seriesIndex = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const series = chart.series[seriesIndex++];
    if (!series || !series.supplied.some(Boolean)) return ser;
    let out = ser;
    series.supplied.forEach((supplied, index) => {
      if (!supplied) return;
      const spPr = `<c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${SUPPLEMENT_FILL}"/></a:fgClr><a:bgClr><a:srgbClr val="${C.background}"/></a:bgClr></a:pattFill><a:ln w="28575"><a:solidFill><a:srgbClr val="${SUPPLEMENT_FILL}"/></a:solidFill></a:ln></c:spPr>`;
      const existing = new RegExp(`(<c:dPt>\\s*<c:idx val="${index}"/>[\\s\\S]*?)<c:spPr>[\\s\\S]*?</c:spPr>([\\s\\S]*?</c:dPt>)`);
      if (existing.test(out)) out = out.replace(existing, `$1${spPr}$2`);
      else out = out.replace(/(<c:dLbls>|<c:cat>)/, `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${spPr}</c:dPt>$1`);
    });
    return out;
  });
}

/** The cached values of a chart's series: the cell range of each series and its values by index. */
export function seriesCaches(chartXml: string): { readonly ref: string; readonly count: number; readonly values: ReadonlyMap<number, number> }[] {
  const result: { ref: string; count: number; values: Map<number, number> }[] = [];
  for (const val of chartXml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)) {
    const body = val[1] ?? '';
    const ref = /<c:f>([^<]*)<\/c:f>/.exec(body)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(body)?.[1] ?? '0');
    const values = new Map<number, number>();
    for (const point of body.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]+)<\/c:v>\s*<\/c:pt>/g)) values.set(Number(point[1]), Number(point[2]));
    result.push({ ref, count, values });
  }
  return result;
}

function columnRows(ref: string): { column: string; first: number; last: number } | null {
  const match = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!match || match[1] !== match[3]) return null;
  return { column: match[1] ?? '', first: Number(match[2]), last: Number(match[4]) };
}

/**
 * The embedded sheet holds exactly the chart's cached values: a gap is an absent cell (pptxgenjs
 * writes `<v></v>` for a gap and also for a 0), so “Edit data” shows an empty cell, never a 0.
 */
export function patchSheetXml(sheetXml: string, chartXml: string): string {
  let out = sheetXml;
  for (const series of seriesCaches(chartXml)) {
    const range = columnRows(series.ref);
    if (!range) continue;
    for (let row = range.first; row <= range.last; row++) {
      const value = series.values.get(row - range.first);
      const cell = new RegExp(`<c r="${range.column}${row}"(?: [^>]*)?>(?:<v>[^<]*</v>)?</c>|<c r="${range.column}${row}"(?: [^>]*)?/>`);
      out = out.replace(cell, value === undefined ? '' : `<c r="${range.column}${row}"><v>${value}</v></c>`);
    }
  }
  return out;
}

/** Applies every patch above to a pptxgenjs file: fonts, gaps, string categories, embedded sheets. */
/** `lang`: the deck's language code (zh-CN or en-US), named on every chart text run. */
/** `charts`: the file's charts in order (chart1.xml is the first), for their value labels. */
export async function patchPptx(bytes: Uint8Array, lang = 'zh-CN', charts: readonly NativeChart[] = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const chartNumber = (name: string): number => Number(/chart(\d+)\.xml$/.exec(name)?.[1] ?? '0');
  const chartParts = names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).sort((a, b) => chartNumber(a) - chartNumber(b));
  for (const name of names) {
    const file = zip.file(name);
    if (!file || !/\.(?:xml|rels)$/.test(name)) continue;
    const xml = await file.async('string');
    let patched = xmlSafe(xml);
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) {
      patched = patchChartXml(patched, lang);
      // The file's charts in order (pptxgenjs numbers them across every file it has made in the process).
      const chart = charts[chartParts.indexOf(name)];
      if (chart) patched = suppliedFillXml(labelChartXml(patched, chart), chart);
      const rels = zip.file(name.replace(/^ppt\/charts\//, 'ppt/charts/_rels/').concat('.rels'));
      const target = rels ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(await rels.async('string'))?.[1] : undefined;
      const workbook = target ? zip.file(`ppt/embeddings/${target}`) : null;
      if (workbook && target) {
        const inner = await JSZip.loadAsync(await workbook.async('uint8array'));
        for (const part of Object.keys(inner.files).filter((partName) => /\.(?:xml|rels)$/.test(partName))) {
          const text = await inner.file(part)?.async('string');
          if (text !== undefined && xmlSafe(text) !== text) inner.file(part, xmlSafe(text));
        }
        const sheet = inner.file('xl/worksheets/sheet1.xml');
        if (sheet) inner.file('xl/worksheets/sheet1.xml', patchSheetXml(await sheet.async('string'), patched));
        zip.file(`ppt/embeddings/${target}`, await inner.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      }
    } else if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) {
      patched = addEastAsianFonts(patchTheme(patched));
    } else if (name.startsWith('ppt/')) {
      patched = addEastAsianFonts(patched);
    }
    if (patched !== xml) zip.file(name, patched);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
