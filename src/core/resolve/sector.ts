// Sector: the policy area of a claim, from the longest sector keyword in its indicator,
// then in its clause, then in its sentence.
import { SECTORS } from '../lexicon/sectors.js';
import type { SectorId } from '../types.js';

interface Hit {
  id: SectorId;
  length: number;
}

/** Keywords longest first, each with its sector, so the first hit is the longest. */
const KEYWORDS: readonly { word: string; id: SectorId }[] = SECTORS.flatMap((s) =>
  s.keywords.map((word: string) => ({ word, id: s.id as SectorId })),
).sort((a, b) => b.word.length - a.word.length);

export function matchSector(text: string): Hit | null {
  if (!text) return null;
  for (const { word, id } of KEYWORDS) {
    if (text.includes(word)) return { id, length: word.length };
  }
  return null;
}

export function resolveSector(indicator: string, clause: string, sentence: string, fallback: SectorId | null): SectorId {
  return (
    matchSector(indicator)?.id ??
    matchSector(clause)?.id ??
    matchSector(sentence)?.id ??
    fallback ??
    'macro'
  );
}
