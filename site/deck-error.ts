/** A problem in a deck page, naming the file, the slide and the field (attribute or element). */
export class DeckError extends Error {
  constructor(file: string, slide: string, field: string, problem: string) {
    super(`${file}: slide “${slide}”, ${field}: ${problem}`);
    this.name = 'DeckError';
  }
}
