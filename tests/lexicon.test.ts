// The lexicons are data: a keyword that names two sectors would make the sector of a claim
// depend on list order, so each keyword belongs to one sector only, and is listed there once.
import { describe, expect, it } from 'vitest';
import { GENERIC_KEYWORDS, SECTORS } from '../src/core/lexicon/sectors.js';

describe('sector lexicon', () => {
  it('gives every keyword to one sector only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const sector of SECTORS) {
      for (const word of sector.keywords) {
        const before = owner.get(word);
        if (before) twice.push(`${word}: ${before} and ${sector.id}`);
        owner.set(word, sector.id);
      }
    }
    expect(twice).toEqual([]);
  });

  it('lists every generic keyword as a keyword of some sector', () => {
    const all = new Set(SECTORS.flatMap((s) => [...s.keywords]));
    expect(GENERIC_KEYWORDS.filter((w) => !all.has(w))).toEqual([]);
  });
});
