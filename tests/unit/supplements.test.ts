import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../common/csv-parse.ts';
import { SupplementError, SUPPLEMENT_COLUMNS } from '../../ledger/supplements.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { loadSupplements, parseSupplements } from '../../site/supplements-file.ts';
import { figuresCsv, figuresCsvEnglish, figuresJson } from '../../site/ledger-export.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HEADER = SUPPLEMENT_COLUMNS.join(',');
const FILE = 'assets/supplements.csv';

/** A valid row for each kind of gap: an omitted year, and a damaged lower bound (94.万元) with a value above it. */
const OMITTED_ROW = 'overview-pairing-start-year,1996,云南对口帮扶“五行”,https://www.ccphistory.org.cn/shds/dkyd/content/x.html,中共上海市委党史研究室,2017-04-06,"1996年9月23日,中央召开扶贫工作会议,明确上海市对口帮扶云南省。",';
const DAMAGED_ROW = 'lijiang-expo-sales,94.5,展销,https://example.org/expo,测试日报,2019-11-02,展销共销售产品94.5万元。,';

function problemsOf(text: string): string[] {
  try {
    parseSupplements(text, FILE, FIGURES);
  } catch (error) {
    if (error instanceof SupplementError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('CSV reader', () => {
  it('reads quotes, commas, doubled quotes and line breaks in quoted fields, a BOM and CRLF', () => {
    const records = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\n');
    expect(records.map((record) => record.fields)).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\r\nlines'], ['last', '', '']]);
    // The record after a quoted line break starts on line 5 (line 4 is blank).
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });
  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a\n"open')).toThrow('line 2: a quoted field is never closed');
    expect(() => parseCsv('a\n"x"y')).toThrow('line 2: text after a closing quote');
  });
});

describe('assets/supplements.csv', () => {
  it('ships header-only or with rows that pass every check', () => {
    const text = readFileSync(join(ROOT, FILE), 'utf8');
    expect(parseCsv(text)[0]?.fields).toEqual([...SUPPLEMENT_COLUMNS]);
    expect(() => parseSupplements(text, FILE, FIGURES)).not.toThrow();
  });
  it('an empty file (header only) is valid and supplies nothing', () => {
    expect(parseSupplements(`${HEADER}\r\n`, FILE, FIGURES).size).toBe(0);
  });
  it('accepts an omitted figure and a damaged one above its legible part', () => {
    const set = parseSupplements(`${HEADER}\n${OMITTED_ROW}\n${DAMAGED_ROW}\n`, FILE, FIGURES);
    expect(set.get('overview-pairing-start-year')).toMatchObject({ value: 1996, publisher: '中共上海市委党史研究室', published: '2017-04-06' });
    expect(set.get('lijiang-expo-sales')?.value).toBe(94.5);
  });

  // Each bad row fails naming the file, the row (as a spreadsheet numbers it) and the column.
  const bad: readonly [string, string, string][] = [
    ['unknown figure id', 'overview-nope,1996,t,https://e.org/,p,2017-04-06,1996年,', `${FILE}: row 3, column “figure”: “overview-nope” is no figure of the ledger`],
    ['a stated figure', 'honghe-cadres,57,t,https://e.org/,p,2017-04-06,57名,', `${FILE}: row 3, column “figure”: “honghe-cadres” is stated; only a figure the article omits or prints damaged`],
    ['a derived figure', 'xishuangbanna-jobs-per-fair,3000,t,https://e.org/,p,2017-04-06,3000个,', `${FILE}: row 3, column “figure”: “xishuangbanna-jobs-per-fair” is derived`],
    ['a damaged value below its legible part', 'lijiang-expo-sales,90,t,https://e.org/,p,2019-11-02,销售90万元,', `${FILE}: row 3, column “value”: is 90, but the article prints “94.万元”: a supplied value must be at least 94`],
    ['a damaged value that does not end with its legible digits', 'lijiang-project-households,123,t,https://e.org/,p,2019-11-02,覆盖123户,', `${FILE}: row 3, column “value”: is 123, but the article prints “0户”: a supplied value must end with its legible digits “0”`],
    ['a value that is not a finite number', 'overview-distance-km,about 2000,t,https://e.org/,p,2017-04-06,2000公里,', `${FILE}: row 3, column “value”: “about 2000” is not a finite number`],
    ['an infinite value', 'overview-distance-km,1e999,t,https://e.org/,p,2017-04-06,2000公里,', `${FILE}: row 3, column “value”: “1e999” is not a finite number`],
    ['an excerpt without the value and unit', 'overview-distance-km,2000,t,https://e.org/,p,2017-04-06,相距两千公里,', `${FILE}: row 3, column “excerpt”: does not print “2000公里”`],
    ['an excerpt with the number inside a longer one', 'overview-distance-km,2000,t,https://e.org/,p,2017-04-06,相距12000公里,', `${FILE}: row 3, column “excerpt”: does not print “2000公里”`],
    ['a relative URL', 'overview-distance-km,2000,t,/news/1.html,p,2017-04-06,相距2000公里,', `${FILE}: row 3, column “source_url”: “/news/1.html” is not an absolute URL`],
    ['a URL that is not http(s)', 'overview-distance-km,2000,t,javascript:alert(1),p,2017-04-06,相距2000公里,', `${FILE}: row 3, column “source_url”: “javascript:alert(1)” is not an http(s) address`],
    ['an empty publisher', 'overview-distance-km,2000,t,https://e.org/,,2017-04-06,相距2000公里,', `${FILE}: row 3, column “publisher”: empty`],
    ['an empty source title', 'overview-distance-km,2000,,https://e.org/,p,2017-04-06,相距2000公里,', `${FILE}: row 3, column “source_title”: empty`],
    ['an empty excerpt', 'overview-distance-km,2000,t,https://e.org/,p,2017-04-06,,', `${FILE}: row 3, column “excerpt”: empty`],
    ['an empty value', 'overview-distance-km,,t,https://e.org/,p,2017-04-06,相距2000公里,', `${FILE}: row 3, column “value”: empty`],
    ['a date that is no date', 'overview-distance-km,2000,t,https://e.org/,p,2017-02-30,相距2000公里,', `${FILE}: row 3, column “published”: “2017-02-30” is no date of the calendar`],
    ['a figure supplied twice', OMITTED_ROW, `${FILE}: row 3, column “figure”: “overview-pairing-start-year” is supplied twice (rows 2 and 3)`],
  ];
  for (const [name, row, message] of bad) {
    it(`fails on ${name}, naming file, row and column`, () => {
      const problems = problemsOf(`${HEADER}\n${OMITTED_ROW}\n${row}\n`);
      expect(problems.some((problem) => problem.startsWith(message)), `${problems.join('\n')}\n— wanted: ${message}`).toBe(true);
    });
  }
  it('fails on a header without a required column or with an unknown one', () => {
    expect(problemsOf('figure,value,source_title,source_url,publisher,published\n')).toContain(`${FILE}: row 1, column “excerpt”: missing from the header`);
    expect(problemsOf(`${HEADER},comment\n`)[0]).toMatch(/^assets\/supplements\.csv: row 1, column 9 “comment”: not a column/);
  });
  it('numbers rows as a spreadsheet does, after a quoted line break', () => {
    const problems = problemsOf(`${HEADER}\n${OMITTED_ROW.replace('明确', '明\n确')}\noverview-nope,1,t,https://e.org/,p,2017,1年,\n`);
    // The line break itself is refused (no text of a slide may hold one), and the next record is row 3.
    expect(problems[0]).toMatch(/^assets\/supplements\.csv: row 2, column “excerpt”: contains U\+000A/);
    expect(problems[1]).toMatch(/^assets\/supplements\.csv: row 3, column “figure”: “overview-nope”/);
  });
});

describe('the build reads the supplements file (a scratch copy)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'supplements-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('loads good rows, stops on a bad one naming the file, row and column, and DECKS_SUPPLEMENTS=off reads nothing', () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, `\uFEFF${HEADER}\r\n${OMITTED_ROW}\r\n${DAMAGED_ROW}\r\n`);
    expect([...loadSupplements(ROOT, { DECKS_SUPPLEMENTS_FILE: good }).keys()]).toEqual(['overview-pairing-start-year', 'lijiang-expo-sales']);
    const badFile = join(dir, 'bad.csv');
    writeFileSync(badFile, `${HEADER}\n${OMITTED_ROW}\nhonghe-cadres,57,t,https://e.org/,p,2017,57名,\n`);
    expect(() => loadSupplements(ROOT, { DECKS_SUPPLEMENTS_FILE: badFile })).toThrow(`${badFile}: row 3, column “figure”: “honghe-cadres” is stated`);
    expect(loadSupplements(ROOT, { DECKS_SUPPLEMENTS_FILE: badFile, DECKS_SUPPLEMENTS: 'off' }).size).toBe(0);
    expect(() => loadSupplements(ROOT, { DECKS_SUPPLEMENTS: 'no' })).toThrow('DECKS_SUPPLEMENTS: “no” is neither “off”');
  });
});

describe('data downloads carry the supplement', () => {
  const set = parseSupplements(`${HEADER}\n${OMITTED_ROW}\n`, FILE, FIGURES);
  const source = { title: 't', source: 's', url: 'u' };
  it('figures.json: a supplement object on the supplied figure, the article fields unchanged', () => {
    const json = JSON.parse(figuresJson(FIGURES, source, set)) as { fields: string[]; figures: Record<string, unknown>[] };
    const plain = JSON.parse(figuresJson(FIGURES, source)) as { fields: string[]; figures: Record<string, unknown>[] };
    expect(json.fields).toEqual([...plain.fields, 'supplement']);
    const supplied = json.figures.find((figure) => figure.id === 'overview-pairing-start-year');
    const { supplement, ...article } = supplied ?? {};
    expect(article).toEqual(plain.figures.find((figure) => figure.id === 'overview-pairing-start-year'));
    expect(supplement).toEqual({
      value: 1996, source_title: '云南对口帮扶“五行”', source_url: 'https://www.ccphistory.org.cn/shds/dkyd/content/x.html', publisher: '中共上海市委党史研究室',
      published: '2017-04-06', excerpt: '1996年9月23日,中央召开扶贫工作会议,明确上海市对口帮扶云南省。', note: null,
    });
    expect(json.figures.filter((figure) => 'supplement' in figure)).toHaveLength(1);
  });
  it('the CSVs gain the supplement columns; without supplements they are as before', () => {
    for (const make of [figuresCsv, figuresCsvEnglish]) {
      const lines = make(FIGURES, set).split('\r\n');
      expect(lines[0]).toMatch(/,supplement_value,supplement_source_title,supplement_source_url,supplement_publisher,supplement_published,supplement_excerpt,supplement_note$/);
      expect(lines.find((line) => line.startsWith('overview-pairing-start-year'))).toContain(',1996,云南对口帮扶“五行”,https://www.ccphistory.org.cn/shds/dkyd/content/x.html,中共上海市委党史研究室,2017-04-06,');
      expect(make(FIGURES).split('\r\n')[0]).not.toContain('supplement');
    }
  });
});
