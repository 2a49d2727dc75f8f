import { describe, expect, it } from 'vitest';
import { printUrl } from '../../scripts/lib/pdf/print-url.ts';

const site = 'http://127.0.0.1:4321/';

describe('printUrl', () => {
  it("is decks.json's printUrl as is: what a person opens to use the browser's Print", () => {
    expect(printUrl(site, 'slides/puer/?print-pdf', { notes: false, fragments: false })).toBe('http://127.0.0.1:4321/slides/puer/?print-pdf');
  });

  it("adds the handout flag and reveal's fragment option", () => {
    expect(printUrl(site, 'slides/puer/?print-pdf', { notes: true, fragments: true })).toBe(
      'http://127.0.0.1:4321/slides/puer/?print-pdf&handout&pdfSeparateFragments=true',
    );
  });

  it('asks for the dark theme only with --theme dark (a print view is light otherwise)', () => {
    expect(printUrl(site, 'slides/puer/?print-pdf', { notes: false, fragments: false, theme: 'dark' })).toBe('http://127.0.0.1:4321/slides/puer/?print-pdf&theme=dark');
    expect(printUrl(site, 'slides/puer/?print-pdf', { notes: false, fragments: false, theme: 'light' })).toBe('http://127.0.0.1:4321/slides/puer/?print-pdf');
  });

  it('keeps an edition page', () => {
    expect(printUrl(site, 'slides/puer/en.html?print-pdf', { notes: true, fragments: false })).toBe(
      'http://127.0.0.1:4321/slides/puer/en.html?print-pdf&handout',
    );
  });
});
