import { describe, expect, it } from 'vitest';
import { EXPORT_FIELDS, figuresCsv, figuresJson } from '../../site/ledger-export.ts';
import { FIGURES } from '../../ledger/figures.ts';

describe('the data download', () => {
  const source = { title: '沪滇携手共谱扶贫协作新篇章', source: '云南网', url: 'http://www.180woai.com/afhpz/3636.html' };

  it('lists every entry in figures.json, omitted and damaged ones included', () => {
    const json = JSON.parse(figuresJson(FIGURES, source)) as { figures: { id: string; status: string; value: number | null }[] };
    expect(json.figures).toHaveLength(FIGURES.length);
    expect(json.figures.find((f) => f.id === 'overview-distance-km')).toMatchObject({ status: 'omitted', value: null });
    expect(json.figures.find((f) => f.id === 'puer-sugarcane-yield-change')).toMatchObject({ status: 'derived', value: -30 });
  });

  it('writes CSV with a BOM, a header and one row per entry, quoting cells with commas', () => {
    const csv = figuresCsv(FIGURES);
    expect(csv.startsWith('\uFEFFid,deck,label,value')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(EXPORT_FIELDS.join(','));
    expect(rows).toHaveLength(FIGURES.length + 1);
    expect(csv).toContain('"上海——云南,相距多公里"');
  });
});

describe('the English data download', () => {
  it('has English column headers, plain values and the Chinese quote beside its translation', async () => {
    const { figuresCsvEnglish } = await import('../../site/ledger-export.ts');
    const csv = figuresCsvEnglish(FIGURES);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,deck,label,value_as_printed,unit_as_printed,value,unit,status,approx,printed,bound,quote_zh,quote_en,note,formula,inputs');
    expect(rows).toHaveLength(FIGURES.length + 1);
    expect(rows.find((row) => row.startsWith('xishuangbanna-jobs-offered,'))).toContain('4.88,万个,48800,jobs,stated');
    expect(rows.find((row) => row.startsWith('xishuangbanna-transferred-workers,'))).toContain(',,人,,people,omitted');
  });
});

describe('how an omitted or damaged figure is written', () => {
  it('never writes a digit for an omitted figure, in either language, and says it is not given', async () => {
    const { figureText } = await import('../../ledger/format.ts');
    for (const figure of FIGURES.filter((f) => f.status === 'omitted')) {
      const zh = figureText(figure, 'zh-CN');
      const en = figureText(figure, 'en');
      expect(zh, figure.id).toMatch(/？/);
      expect(zh, figure.id).toContain('原文未给出');
      expect(zh, figure.id).not.toMatch(/\d/);
      expect(en, figure.id).toContain('not given in the article');
      expect(en, figure.id).not.toMatch(/\d/);
    }
  });

  it('writes what the text prints for a damaged figure', async () => {
    const { figureText } = await import('../../ledger/format.ts');
    for (const figure of FIGURES.filter((f) => f.status === 'damaged')) {
      expect(figureText(figure, 'zh-CN'), figure.id).toContain(`原文显示“${figure.printed ?? ''}”`);
    }
  });
});
