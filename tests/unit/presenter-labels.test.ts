import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRESENTER_LABELS, type PresenterLabels } from '../../runtime/presenter/labels.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every label as text: plain strings as they are, functions called with sample values. */
function texts(labels: PresenterLabels): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, value]: [string, unknown]) => {
      if (typeof value === 'string') return [key, value];
      if (key === 'progress') return [key, labels.progress(3, 12)];
      if (key === 'step') return [key, labels.step(1, 3)];
      if (key === 'pace') return [key, (['on', 'behind', 'ahead'] as const).map((state) => labels.pace(state, '1:05')).join(' | ')];
      if (key === 'titleWithDeck') return [key, labels.titleWithDeck('DECK')];
      if (key === 'unknownDeck') return [key, labels.unknownDeck('nope')];
      throw new Error(`label ${key} is neither text nor a known function`);
    }),
  );
}

describe('presenter view labels', () => {
  it('has every key in both editions, none empty', () => {
    expect(Object.keys(PRESENTER_LABELS.en).sort()).toEqual(Object.keys(PRESENTER_LABELS['zh-CN']).sort());
    for (const [edition, labels] of Object.entries(PRESENTER_LABELS)) {
      for (const [key, text] of Object.entries(texts(labels))) expect(text.trim(), `${edition}.${key}`).not.toBe('');
    }
  });

  it('writes the English interface without Chinese characters, and the Chinese one in Chinese', () => {
    for (const [key, text] of Object.entries(texts(PRESENTER_LABELS.en))) expect(text, `en.${key}`).not.toMatch(CJK);
    const chinese = texts(PRESENTER_LABELS['zh-CN']);
    for (const key of ['heading', 'notesHeading', 'nextHeading', 'elapsed', 'openAudience', 'hintStandalone']) expect(chinese[key], key).toMatch(CJK);
  });

  it('names only known labels in the presenter page', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../slides/presenter/index.html'), 'utf8');
    const named = [...html.matchAll(/data-label(?:-title|-aria)?="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    for (const key of named) expect(typeof PRESENTER_LABELS.en[key as keyof PresenterLabels], key).toBe('string');
  });
});
