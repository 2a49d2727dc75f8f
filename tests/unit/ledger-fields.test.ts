import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { FIGURES_EN, type FigureEnglish } from '../../ledger/english.ts';
import { validateLedger } from '../../ledger/validate.ts';
import { computeDerived, describeFormula } from '../../ledger/derive.ts';
import { figureById } from '../../ledger/lookup.ts';
import { renderFigureTokens } from '../../ledger/format.ts';
import { CHARTS } from '../../charts/catalog/index.ts';
import { CHARTS_EN } from '../../charts/catalog/en.ts';
import { DECKS } from '../../slides/decks.ts';
import { englishQuoteProblems, writtenTexts } from '../../site/written-text.ts';
import type { Figure } from '../../ledger/types.ts';

/**
 * Issue 25, item 2 (and item 3's control characters): every field of a ledger entry, its English
 * edition and the chart catalog that changes what a viewer sees is bound, and each case below put a
 * wrong number or word on the slides with the build passing. Each test edits a copy of the ledger
 * and expects the precise error: file, entry, field. The checks added for the issue are imported
 * inside the tests, so on the code before the issue each test fails on its own.
 */
const root = resolve(import.meta.dirname, '../..');
const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));

/** The ledger's problems with one entry changed (a field set to undefined is removed). */
async function ledgerWith(id: string, patch: Record<string, unknown>): Promise<string[]> {
  const { bodySections } = await import('../../ledger/article.ts');
  const entries = FIGURES.map((figure) => {
    if (figure.id !== id) return figure;
    const edited: Record<string, unknown> = { ...figure, ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete edited[key];
    return edited;
  });
  return validateLedger(entries, article.body, 'ledger/figures.ts', bodySections(article.body, DECKS)).map((error) => error.message);
}

/** The English edition's problems with one entry changed (a field set to undefined is removed). */
async function englishWith(id: string, patch: Record<string, unknown>): Promise<string[]> {
  const { validateEnglish } = await import('../../ledger/validate-english.ts');
  const edited: Record<string, unknown> = { ...FIGURES_EN[id], ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete edited[key];
  return validateEnglish(FIGURES, { ...FIGURES_EN, [id]: edited }).map((error) => error.message);
}

const F = 'ledger/figures.ts';
const E = 'ledger/english.ts';

describe('the ledger and its English edition are sound today', () => {
  it('pass every new check', async () => {
    const { bodySections } = await import('../../ledger/article.ts');
    const { validateEnglish } = await import('../../ledger/validate-english.ts');
    const { chartEnglishUnitProblems } = await import('../../charts/catalog/check.ts');
    const { writtenTextProblems } = await import('../../site/written-text.ts');
    expect(validateLedger(FIGURES, article.body, F, bodySections(article.body, DECKS)).map((error) => error.message)).toEqual([]);
    expect(validateEnglish(FIGURES, FIGURES_EN).map((error) => error.message)).toEqual([]);
    expect(chartEnglishUnitProblems(CHARTS)).toEqual([]);
    expect(writtenTextProblems(writtenTexts(root))).toEqual([]);
  });
});

describe('approx: the word is printed in the quote at the figure, exactly as the ledger says', () => {
  it('refuses 近 on a figure whose quote prints no 近 (it put “近4.88万个” on ten places)', async () => {
    expect(await ledgerWith('xishuangbanna-jobs-offered', { approx: '近' })).toEqual([
      `${F}: entry “xishuangbanna-jobs-offered”, field “approx”: is “近”, but the quote prints no “近” right before the number (“4.88万个” in “累计提供岗位4.88万个”); remove it or correct the quote`,
    ]);
    expect(await ledgerWith('xishuangbanna-jobs-offered', { approx: '余' })).toEqual([
      `${F}: entry “xishuangbanna-jobs-offered”, field “approx”: is “余”, but the quote prints no “余” right after the number (“4.88万个” in “累计提供岗位4.88万个”); remove it or correct the quote`,
    ]);
  });

  it('refuses a word the quote prints that the ledger drops, and the wrong word', async () => {
    expect(await ledgerWith('overview-pairing-years', { approx: undefined })).toEqual([
      `${F}: entry “overview-pairing-years”, field “approx”: is not set, but the quote prints “余” with the figure (“20余载” in “20余载牵手”); set approx: '余' so every label keeps it`,
    ]);
    expect(await ledgerWith('honghe-remote-consultations', { approx: undefined })).toEqual([
      `${F}: entry “honghe-remote-consultations”, field “approx”: is not set, but the quote prints “近” with the figure (“近例” in “组织远程会诊近例”); set approx: '近' so every label keeps it`,
    ]);
    expect(await ledgerWith('puer-sugar-payout', { approx: '约' })).toEqual([
      `${F}: entry “puer-sugar-payout”, field “approx”: is “约”, but the quote prints “近” (“近万元” in “参保蔗农近万元的理赔到户工作”)`,
    ]);
  });

  it('refuses an unknown word, and a word on a figure that is never written with one', async () => {
    expect(await ledgerWith('honghe-cadres', { approx: '大约' })).toEqual([
      `${F}: entry “honghe-cadres”, field “approx”: unknown approximation word "大约"; expected one of 近, 余, 约 as the quote prints it`,
    ]);
    expect(await ledgerWith('xishuangbanna-jobs-per-fair', { approx: '近' })).toEqual([
      `${F}: entry “xishuangbanna-jobs-per-fair”, field “approx”: a derived figure is not written with “近” (a computed value is always shown with 约, or as a percentage); remove it`,
    ]);
  });
});

describe('derived figures: the formula follows from the inputs, nothing is typed freely', () => {
  const ratio = { kind: 'ratio', numerator: 'xishuangbanna-jobs-offered', denominator: 'xishuangbanna-job-fairs' };

  it('refuses a typed scale (numeratorScale 1000 with value 287 put “≈ 287个” everywhere)', async () => {
    expect(await ledgerWith('xishuangbanna-jobs-per-fair', { value: 287, derivation: { ...ratio, numeratorScale: 1000 } })).toEqual([
      `${F}: entry “xishuangbanna-jobs-per-fair”, field “derivation.numeratorScale”: a scale is not typed: it follows from each input’s unit (万 = 10000, 亿 = 100000000, none = 1; ledger/units.ts); remove it`,
    ]);
  });

  it('takes the scale from the input’s unit (万 = 10,000), and writes the same formula into figures.json', () => {
    const jobsPerFair = figureById('xishuangbanna-jobs-per-fair');
    expect(jobsPerFair.derivation).toEqual(ratio);
    expect(computeDerived(jobsPerFair)).toBe(2871);
    expect(describeFormula(jobsPerFair)).toBe('xishuangbanna-jobs-offered × 10000 ÷ xishuangbanna-job-fairs');
  });

  it('binds the unit, the inputs’ units and the quote to the formula', async () => {
    expect(await ledgerWith('xishuangbanna-jobs-per-fair', { unit: '万个' })).toEqual([
      `${F}: entry “xishuangbanna-jobs-per-fair”, field “unit”: is “万个” but xishuangbanna-jobs-offered (“万个”) ÷ xishuangbanna-job-fairs counts “个”, the numerator’s unit without its scale`,
    ]);
    expect(await ledgerWith('puer-sugarcane-yield-change', { unit: '吨/亩' })).toEqual([
      `${F}: entry “puer-sugarcane-yield-change”, field “unit”: is “吨/亩” but a percent-change is in “%”`,
    ]);
    expect(await ledgerWith('xishuangbanna-jobs-per-fair', { quote: '累计提供岗位4.88万个' })).toEqual([
      `${F}: entry “xishuangbanna-jobs-per-fair”, field “quote”: does not print the input “xishuangbanna-job-fairs” (17场); the quote must hold the numbers the figure is computed from`,
    ]);
    expect(await ledgerWith('xishuangbanna-jobs-per-fair', { decimals: -2, value: 2900 })).toEqual([
      `${F}: entry “xishuangbanna-jobs-per-fair”, field “decimals”: must be a whole number from 0 to 6, the decimals the value is rounded to`,
    ]);
  });
});

describe('the other fields of an entry', () => {
  it('deck: the quote lies in its deck’s section of the article (else it is listed and counted in another deck)', async () => {
    expect(await ledgerWith('honghe-cadres', { deck: 'lijiang' })).toEqual([
      `${F}: entry “honghe-cadres”, field “deck”: is “lijiang” but the quote is in the article's “honghe” section; the figure would be listed and counted in the wrong deck`,
    ]);
  });

  it('status: an omitted figure’s quote shows where its number is missing; a printed number is not omitted', async () => {
    expect(await ledgerWith('honghe-cadres', { status: 'omitted', value: null, note: '人数缺失' })).toEqual([
      `${F}: entry “honghe-cadres”, field “status”: the quote prints a number before every “名” (“两地党委、政府11批57名干部”): an omitted figure's quote shows the place where its number is missing; a printed figure is stated`,
    ]);
  });

  it('printed, bound, derivation and unknown fields: only where the status shows them (a stated “printed” feeds {id|printed})', async () => {
    expect(await ledgerWith('honghe-cadres', { printed: '75名' })).toEqual([
      `${F}: entry “honghe-cadres”, field “printed”: only a damaged figure has “printed”; a stated figure shows none, so remove it`,
    ]);
    expect(await ledgerWith('honghe-cadres', { bound: 'lower' })).toEqual([
      `${F}: entry “honghe-cadres”, field “bound”: only a damaged figure has “bound”; a stated figure shows none, so remove it`,
    ]);
    expect(await ledgerWith('honghe-cadres', { aprox: '近' })).toEqual([`${F}: entry “honghe-cadres”, field “aprox”: not a ledger field (see ledger/types.ts)`]);
  });
});

describe('English units: checked against the Chinese unit and its scale (ledger/units.ts)', () => {
  it('refuses “million jobs” for 万个 (it put “48,800 million jobs” on the slide, the chart and the CSV)', async () => {
    expect(await englishWith('xishuangbanna-jobs-offered', { unit: 'million jobs' })).toEqual([
      `${E}: entry “xishuangbanna-jobs-offered”, field “unit”: “million jobs” carries a scale; the English number is already multiplied out (万 = 10000, factor 10000), so the unit is a plain count noun such as “village committees”, “projects”, “jobs”`,
    ]);
  });

  it('refuses a unit not listed for the Chinese unit, and a factor that is not the unit’s scale', async () => {
    expect(await englishWith('puer-rubber-insured-area', { unit: 'hectares' })).toEqual([
      `${E}: entry “puer-rubber-insured-area”, field “unit”: “hectares” is not an English unit for “万亩”; allowed: “mu” (ledger/units.ts)`,
    ]);
    expect(await englishWith('xishuangbanna-jobs-offered', { factor: 1000 })).toEqual([
      `${E}: entry “xishuangbanna-jobs-offered”, field “factor”: is 1000 but “万个” is ×10000 (万 = 10000); the factor must be 10000`,
    ]);
    expect(await englishWith('puer-rubber-insured-area', { factor: undefined })).toEqual([
      `${E}: entry “puer-rubber-insured-area”, field “factor”: is 1 but “万亩” is ×10000 (万 = 10000); the factor must be 10000`,
    ]);
    expect(await englishWith('honghe-cadres', { factor: 10000 })).toEqual([
      `${E}: entry “honghe-cadres”, field “factor”: is 10000 but “名” is ×1; the factor must be 1`,
    ]);
  });

  it('refuses a chart whose English axis unit does not stand for its figures’ unit', async () => {
    const { chartEnglishUnitProblems } = await import('../../charts/catalog/check.ts');
    // A chart in 万个 (a test fixture: the decks place none since jobs-offered became 17 marks).
    const { GAP_CHART, GAP_CHART_EN } = await import('./chart-fixtures.ts');
    const english = { ...CHARTS_EN, 'xishuangbanna-jobs': { ...GAP_CHART_EN, unit: 'million jobs' } };
    expect(chartEnglishUnitProblems([...CHARTS, GAP_CHART], english)).toEqual([
      'charts/catalog/en.ts: chart “xishuangbanna-jobs”, field “unit”: “million jobs” carries a scale; the English number is already multiplied out (万 = 10000, factor 10000), so the unit is a plain count noun such as “village committees”, “projects”, “jobs”',
    ]);
  });
});

describe('English quotes: the article’s words and numbers', () => {
  it('keep the approximation word the article prints', async () => {
    expect(await englishWith('overview-pairing-years', { quote: '20 years hand in hand' })).toEqual([
      `${E}: entry “overview-pairing-years”, field “quote”: the article prints “余” with this figure (“20余载牵手”); the translation must say it too (more than, over)`,
    ]);
  });

  it('carry only their own quote’s numbers, not another figure’s of the same deck', () => {
    const drifted: Record<string, FigureEnglish> = { ...FIGURES_EN, 'honghe-cadres': { ...FIGURES_EN['honghe-cadres']!, quote: '11 batches of 30 cadres from the Party committees' } };
    expect(englishQuoteProblems(article.body, FIGURES, drifted)).toEqual([
      'ledger/english.ts: entry “honghe-cadres”, field “quote”: “30” is not a number of the Chinese quote “两地党委、政府11批57名干部” (in “… batches of 30 cadres from…”)',
    ]);
  });
});

describe('malformed figure tokens fail wherever tokens are written', () => {
  const MALFORMED: readonly [string, string][] = [
    ['{xishuangbanna-jobs-offered|num}', 'unknown form “|num”; the forms are {xishuangbanna-jobs-offered} (the figure as a slide shows it), {xishuangbanna-jobs-offered|number} and {xishuangbanna-jobs-offered|printed}'],
    ['{ xishuangbanna-jobs-offered }', 'white space inside a token; write {ledger-id} with nothing around the id'],
    ['{Xishuangbanna-jobs-offered}', 'ids are lower-case kebab-case: “xishuangbanna-jobs-offered”, not “Xishuangbanna-jobs-offered”'],
    ['{xishuangbanna-{xishuangbanna-jobs-offered|number}}', 'braces inside a token; a token is one {ledger-id}, {ledger-id|number} or {ledger-id|printed}, never nested'],
    ['｛xishuangbanna-jobs-offered｝', 'full-width braces; a token is written with ASCII braces, {ledger-id}'],
    ['{xishuangbanna-jobs-offered', 'an opening brace that is never closed'],
  ];

  it('in the renderer: nothing half-rendered reaches a popover, a note or the CSV', () => {
    for (const [token, problem] of MALFORMED) {
      expect(() => renderFigureTokens(`岗位${token}`, 'zh-CN', 'here')).toThrow(`here: “${token}” is not a figure token: ${problem}`);
    }
  });

  it('in a ledger label or note, Chinese and English', async () => {
    for (const [token, problem] of MALFORMED) {
      expect(await ledgerWith('xishuangbanna-jobs-per-fair', { label: `每场岗位${token}` })).toEqual([
        `${F}: entry “xishuangbanna-jobs-per-fair”, field “label”: “${token}” is not a figure token: ${problem}`,
      ]);
      expect(await englishWith('xishuangbanna-jobs-per-fair', { note: `Computed from ${token}` })).toEqual([
        `${E}: entry “xishuangbanna-jobs-per-fair”, field “note”: “${token}” is not a figure token: ${problem}`,
      ]);
    }
    expect(await ledgerWith('honghe-cadres', { note: '{honghe-cadre}' })).toEqual([`${F}: entry “honghe-cadres”, field “note”: token “{honghe-cadre}” names no ledger entry`]);
  });

  it('in chart titles and labels (both languages) and deck subtitles', async () => {
    const { writtenTextProblems } = await import('../../site/written-text.ts');
    const texts = writtenTexts(root);
    const places = [
      'charts/catalog/index.ts: chart “puer-sugarcane-yield”, field “title”',
      'charts/catalog/index.ts: chart “honghe-pairs”, field “categories[1].label”',
      'charts/catalog/en.ts: chart “honghe-pairs”, field “labels[1]”',
      'charts/catalog/en.ts: chart “puer-sugarcane-yield”, field “title”',
      'slides/decks.ts: deck “overview”, field “subtitle”',
      'slides/english-decks.ts: deck “overview”, field “subtitle”',
    ];
    for (const where of places) {
      for (const [token, problem] of MALFORMED) {
        const edited = texts.map((text) => (text.where === where ? { ...text, text: `${text.text}${token}` } : text));
        expect(writtenTextProblems(edited), `${where} ${token}`).toEqual([`${where}: “${token}” is not a figure token: ${problem}`]);
      }
    }
  });

  it('in slide text and notes, English quotes and units, where tokens are not rendered and would show literally', async () => {
    const { writtenTextProblems } = await import('../../site/written-text.ts');
    const texts = writtenTexts(root);
    const places = [
      'slides/xishuangbanna/index.html: slide “jobs-offered”',
      'slides/xishuangbanna/en.html: slide “jobs-offered”',
      'slides/closing.ts: deck “puer”, en, slide “gaps” (with site/closing-slides.ts)',
      'charts/catalog/en.ts: chart “puer-sugarcane-yield”, field “unit”',
      'charts/catalog/index.ts: chart “honghe-pairs”, field “shanghaiLabel”',
    ];
    for (const where of places) {
      expect(texts.some((text) => text.where === where), where).toBe(true);
      const edited = texts.map((text) => (text.where === where ? { ...text, text: `${text.text} {xishuangbanna-jobs-offered} {id|num}` } : text));
      expect(writtenTextProblems(edited)).toEqual([
        `${where}: “{xishuangbanna-jobs-offered}”: figure tokens are not rendered here and would show literally; on a slide write <span data-figure="ledger-id"></span>, elsewhere take the number out of this text`,
        `${where}: “{id|num}” looks like a figure token and is not one (unknown form “|num”; the forms are {id} (the figure as a slide shows it), {id|number} and {id|printed}); on a slide write <span data-figure="ledger-id"></span>, elsewhere take the number out of this text`,
      ]);
    }
    expect(await englishWith('xishuangbanna-jobs-offered', { quote: 'offering {xishuangbanna-jobs-offered} in total' })).toEqual([
      `${E}: entry “xishuangbanna-jobs-offered”, field “quote”: “{xishuangbanna-jobs-offered}”: figure tokens are not rendered here and would show literally; on a slide write <span data-figure="ledger-id"></span>, elsewhere take the number out of this text`,
    ]);
  });
});

describe('control characters and noncharacters are refused at the ledger (issue 25, item 3)', () => {
  const BAD = [['\u0001', 'U+0001'], ['\uFFFF', 'U+FFFF'], ['\u001F', 'U+001F'], ['\n', 'U+000A']] as const;
  const problem = (code: string, after: string) => `contains ${code}, a control character or noncharacter, after “${after}”; remove it: it is invisible on a slide and not allowed in the PowerPoint export's XML`;

  it('in every text field of ledger/figures.ts', async () => {
    for (const [char, code] of BAD) {
      for (const field of ['label', 'note', 'unit', 'quote'] as const) {
        const figure: Figure = figureById('lijiang-expo-sales');
        const messages = await ledgerWith('lijiang-expo-sales', { [field]: `${figure[field] ?? ''}${char}` });
        expect(messages[0], `${field} ${code}`).toBe(`${F}: entry “lijiang-expo-sales”, field “${field}”: ${problem(code, (figure[field] ?? '').slice(-12))}`);
      }
    }
  });

  it('in every text field of ledger/english.ts', async () => {
    for (const [char, code] of BAD) {
      for (const field of ['label', 'note', 'quote'] as const) {
        const text = FIGURES_EN['lijiang-expo-sales']?.[field] ?? '';
        expect(await englishWith('lijiang-expo-sales', { [field]: `${text}${char}` }), `${field} ${code}`).toEqual([
          `${E}: entry “lijiang-expo-sales”, field “${field}”: ${problem(code, text.slice(-12))}`,
        ]);
      }
    }
  });

  it('in chart catalog titles, labels, units and series', async () => {
    const { writtenTextProblems } = await import('../../site/written-text.ts');
    const chartTexts = CHARTS.flatMap((chart) => chart.written);
    for (const written of chartTexts) {
      const edited = { ...written, text: `${written.text}\u0001` };
      expect(writtenTextProblems([edited])).toEqual([`${written.where}: ${problem('U+0001', written.text.slice(-12))}`]);
    }
  });
});

describe('digits typed outside the ledger, in any script', () => {
  it('finds full-width and other decimal digits, not only ASCII ones', async () => {
    const { findStrayDigits } = await import('../../ledger/typed-digits.ts');
    const { TEXT_EXCLUSIONS } = await import('../../ledger/exclusions.ts');
    expect(findStrayDigits('累计提供岗位４.８８万个', article.body, TEXT_EXCLUSIONS).map((stray) => stray.digits)).toEqual(['４.８８']);
    expect(findStrayDigits('Jobs: ٤٨٨٠٠', article.body, TEXT_EXCLUSIONS).map((stray) => stray.digits)).toEqual(['٤٨٨٠٠']);
    expect(findStrayDigits('{xishuangbanna-jobs-offered}，“10·17扶贫日”', article.body, TEXT_EXCLUSIONS)).toEqual([]);
  });
});
