import { describe, expect, it } from 'vitest';
import { asPresenterMessage, audienceUrl, presenterUrl, previewUrl } from '../../runtime/presenter/channel.ts';
import { describesOutline, stepsShown, type DeckOutline, type OutlineClaim } from '../../runtime/presenter/outline.ts';
import { newPairingKey, pairedHash, splitPairedHash } from '../../runtime/presenter/pairing-key.ts';

/** A state as a deck window sends it: xishuangbanna's third slide of six. */
const STATE = {
  type: 'state',
  driver: 'deck',
  deck: 'xishuangbanna',
  slideId: 'jobs-offered',
  position: { h: 2, v: 0, f: -1 },
  next: { h: 3, v: 0 },
  index: 2,
  total: 6,
  minutes: 6,
} as const;

/** The same with the two fields the old check also required, so a refusal below is the bad field's doing. */
const SENT = { ...STATE, title: 'deck', notesHtml: '' };

const OUTLINE: DeckOutline = {
  deck: 'xishuangbanna',
  minutes: 6,
  slides: ['title', 'yang-xiaoqiang', 'jobs-offered', 'people', 'gaps', 'source'].map((id, h) => ({ id, h, v: 0, fragments: id === 'people' ? 2 : 0 })),
};

describe('presenter channel messages', () => {
  it('carry the deck window’s theme for the previews: dark or light, nothing else', () => {
    expect(asPresenterMessage({ ...STATE, theme: 'dark' })).toEqual({ ...STATE, theme: 'dark' });
    expect(asPresenterMessage({ ...STATE, theme: 'light' })).toEqual({ ...STATE, theme: 'light' });
    expect(asPresenterMessage({ ...STATE, theme: 'sepia' })).toBeNull();
    expect(asPresenterMessage({ ...STATE, theme: '<style>' })).toBeNull();
    expect(asPresenterMessage(STATE)).not.toHaveProperty('theme');
  });

  it('pass a forced theme on to the presenter page, its previews and the audience window', () => {
    const key = newPairingKey();
    expect(presenterUrl('puer', 'en', 'coffee', key, 'dark')).toBe(`../presenter/?deck=puer&lang=en&theme=dark#/coffee&pair=${key}`);
    expect(previewUrl('puer', 'zh-CN', 'next', 'coffee', key, 'dark')).toBe(`../puer/?presenter-preview=next&theme=dark#/coffee&pair=${key}`);
    expect(audienceUrl('puer', 'zh-CN', 'coffee', key, 'light')).toBe(`../puer/?theme=light#/coffee&pair=${key}`);
  });

  it('pass ?supplements=off (the article alone) on to the presenter page, its previews and the audience window', () => {
    const key = newPairingKey();
    expect(presenterUrl('puer', 'zh-CN', 'coffee', key, null, true)).toBe(`../presenter/?deck=puer&supplements=off#/coffee&pair=${key}`);
    expect(previewUrl('puer', 'en', 'current', 'coffee', key, 'dark', true)).toBe(`../puer/en.html?presenter-preview=current&theme=dark&supplements=off#/coffee&pair=${key}`);
    expect(previewUrl('puer', 'zh-CN', 'next', 'coffee', key, null, true)).toBe(`../puer/?presenter-preview=next&supplements=off#/coffee&pair=${key}`);
    expect(audienceUrl('puer', 'zh-CN', 'coffee', key, null, true)).toBe(`../puer/?supplements=off#/coffee&pair=${key}`);
    expect(audienceUrl('puer', 'zh-CN', 'coffee', key, 'light', true)).toBe(`../puer/?theme=light&supplements=off#/coffee&pair=${key}`);
  });

  it('accepts well-formed messages and keeps only the checked fields of a state', () => {
    expect(asPresenterMessage({ type: 'command', action: 'next' })).toEqual({ type: 'command', action: 'next' });
    expect(asPresenterMessage({ type: 'command', action: 'jump' })).toBeNull();
    expect(asPresenterMessage({ type: 'deck-closed' })).toEqual({ type: 'deck-closed' });
    expect(asPresenterMessage({ type: 'state', deck: 'puer' })).toBeNull();
    expect(asPresenterMessage('next')).toBeNull();
    expect(asPresenterMessage(STATE)).toEqual(STATE);
    expect(asPresenterMessage({ ...STATE, driver: 'someone' })).toBeNull();
    // Notes and a title that come with a message are dropped: the presenter reads them from the deck page.
    const hostile = { ...STATE, notesHtml: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', title: '<img src=x onerror=alert(1)>' };
    expect(asPresenterMessage(hostile)).toEqual(STATE);
  });

  it('refuses positions that are not whole, non-negative numbers (NaN, 2.5, -1, Infinity, text)', () => {
    expect(asPresenterMessage(SENT)).not.toBeNull();
    for (const bad of [Number.NaN, 2.5, -1, Number.POSITIVE_INFINITY, 1e300, '2', null, undefined]) {
      expect(asPresenterMessage({ ...SENT, position: { ...STATE.position, h: bad } }), `h ${String(bad)}`).toBeNull();
      expect(asPresenterMessage({ ...SENT, position: { ...STATE.position, v: bad } }), `v ${String(bad)}`).toBeNull();
      expect(asPresenterMessage({ ...SENT, next: { h: bad, v: 0 } }), `next.h ${String(bad)}`).toBeNull();
    }
    for (const bad of [Number.NaN, 0.5, -2, '0']) expect(asPresenterMessage({ ...SENT, position: { h: 2, v: 0, f: bad } }), `f ${String(bad)}`).toBeNull();
    expect(asPresenterMessage({ ...SENT, position: 'first' })).toBeNull();
    expect(asPresenterMessage({ ...SENT, next: undefined })).toBeNull();
  });

  it('refuses an index outside the count, a count under 1, and a length that is not a finite positive number', () => {
    expect(asPresenterMessage({ ...SENT, index: 1e9, total: -3 })).toBeNull();
    expect(asPresenterMessage({ ...SENT, index: 6, total: 6 })).toBeNull();
    expect(asPresenterMessage({ ...SENT, index: -1 })).toBeNull();
    expect(asPresenterMessage({ ...SENT, total: 0, index: 0 })).toBeNull();
    expect(asPresenterMessage({ ...SENT, total: 6.5 })).toBeNull();
    for (const minutes of [Number.NaN, Number.POSITIVE_INFINITY, 0, -5, '6']) expect(asPresenterMessage({ ...SENT, minutes }), `minutes ${String(minutes)}`).toBeNull();
  });

  it('refuses deck and slide ids that are not ids', () => {
    for (const id of ['', '../../etc', '<img src=x>', 'Jobs', 'a'.repeat(101), 7]) {
      expect(asPresenterMessage({ ...SENT, slideId: id }), `slideId ${String(id)}`).toBeNull();
      expect(asPresenterMessage({ ...SENT, deck: id }), `deck ${String(id)}`).toBeNull();
    }
  });
});

describe('a state counts only if it describes the deck exactly', () => {
  const claim = (changes: Partial<OutlineClaim>): OutlineClaim => ({ ...STATE, ...changes });

  it('accepts the deck as it is, fragments included, and the last slide with no next', () => {
    expect(describesOutline(OUTLINE, STATE)).toBe(true);
    expect(describesOutline(OUTLINE, claim({ slideId: 'people', position: { h: 3, v: 0, f: 1 }, next: { h: 4, v: 0 }, index: 3 }))).toBe(true);
    expect(describesOutline(OUTLINE, claim({ slideId: 'source', position: { h: 5, v: 0, f: -1 }, next: null, index: 5 }))).toBe(true);
  });

  it('refuses unknown slides, positions, indices, counts, lengths and next slides that are not the deck’s', () => {
    const wrong: Partial<OutlineClaim>[] = [
      { slideId: 'nope' },
      { deck: 'puer' },
      { position: { h: 3, v: 0, f: -1 } },
      { position: { h: 2, v: 1, f: -1 } },
      { position: { h: 2, v: 0, f: 0 } },
      { index: 3 },
      { total: 7 },
      { minutes: 60 },
      { next: null },
      { next: { h: 4, v: 0 } },
      { slideId: 'source', position: { h: 5, v: 0, f: -1 }, index: 5, next: { h: 6, v: 0 } },
      { slideId: 'people', position: { h: 3, v: 0, f: 2 }, next: { h: 4, v: 0 }, index: 3 },
    ];
    for (const changes of wrong) expect(describesOutline(OUTLINE, claim(changes)), JSON.stringify(changes)).toBe(false);
  });
});

describe('the step count comes from the deck, not from a message', () => {
  it('counts one step plus one per fragment of the slide, following the fragment index', () => {
    expect(stepsShown(OUTLINE, 'people', -1)).toEqual({ current: 1, total: 3 });
    expect(stepsShown(OUTLINE, 'people', undefined)).toEqual({ current: 1, total: 3 });
    expect(stepsShown(OUTLINE, 'people', 0)).toEqual({ current: 2, total: 3 });
    expect(stepsShown(OUTLINE, 'people', 1)).toEqual({ current: 3, total: 3 });
  });

  it('shows none on a slide without fragments or one the deck does not have', () => {
    expect(stepsShown(OUTLINE, 'jobs-offered', -1)).toBeNull();
    expect(stepsShown(OUTLINE, 'nope', 0)).toBeNull();
  });

  it('never shows a step outside 1..total, whatever the position says', () => {
    expect(stepsShown(OUTLINE, 'people', 9)).toEqual({ current: 3, total: 3 });
    expect(stepsShown(OUTLINE, 'people', -7)).toEqual({ current: 1, total: 3 });
  });
});

describe('presenter session keys', () => {
  it('are 16 random bytes in hex, new each time', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newPairingKey()));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('travel in the fragment after the slide id, and come off it again', () => {
    const key = newPairingKey();
    expect(pairedHash('jobs-offered', key)).toBe(`#/jobs-offered&pair=${key}`);
    expect(splitPairedHash(pairedHash('jobs-offered', key))).toEqual({ hash: '#/jobs-offered', key });
    expect(splitPairedHash(pairedHash(null, key))).toEqual({ hash: '#', key });
    expect(splitPairedHash('#/jobs-offered')).toEqual({ hash: '#/jobs-offered', key: null });
    expect(splitPairedHash('#/jobs-offered&pair=123')).toEqual({ hash: '#/jobs-offered&pair=123', key: null });
    expect(presenterUrl('puer', 'en', 'coffee', key)).toBe(`../presenter/?deck=puer&lang=en#/coffee&pair=${key}`);
    expect(previewUrl('puer', 'zh-CN', 'lead', 'coffee', key)).toBe(`../puer/?presenter-preview=lead#/coffee&pair=${key}`);
    expect(audienceUrl('puer', 'en', 'coffee', key)).toBe(`../puer/en.html#/coffee&pair=${key}`);
  });
});
