// The governments of China by name, from the GB/T 2260 division codes of china-area-data:
// 34 provinces, ~340 prefectures, ~2,900 counties and districts, each with its level and the
// stem a report calls it by (哈尔滨市 → 哈尔滨; 文山壮族苗族自治州 → 文山). Typed data loaded on
// first use; read-only, no I/O beyond loading the module.
import { createRequire } from 'node:module';
import { NATIONALITIES, type Level } from './places.js';

export interface Place {
  /** The full name: 哈尔滨市, 文山壮族苗族自治州, 天门市. */
  name: string;
  /** What a report writes for it alone: 哈尔滨, 文山, 天门 (two characters at least). */
  stem: string;
  /** The name's last characters as an opening writes them (我代表州人民政府): 市, 州 (自治州 too), 县, 区, 省, 自治区, 盟, 旗. */
  suffix: string;
  level: Level;
}

/** Entries of the code list that are no government of their own: 市辖区, 吉林经济开发区. */
const NOT_A_GOVERNMENT = /市辖区|开发区|高新|直辖|示范区|管理区|工业园|合作区|食品区/;

// 文山壮族苗族自治州 → 文山, 自治州; 广西壮族自治区 → 广西, 自治区; 哈尔滨市 → 哈尔滨, 市
const NAME_PARTS = new RegExp(`^(.+?)(?:(?:${NATIONALITIES.join('|')})族)*(自治州|自治县|自治旗|自治区|特别行政区|地区|省|市|州|县|区|盟|旗)$`);

let places: Place[] | null = null;

/** Every place of the code list, once. */
export function allPlaces(): readonly Place[] {
  if (places) return places;
  const codes = createRequire(import.meta.url)('china-area-data/data.json') as Record<string, Record<string, string>>;
  const seen = new Set<string>();
  places = [];
  for (const group of Object.values(codes)) {
    for (const [code, name] of Object.entries(group)) {
      if (NOT_A_GOVERNMENT.test(name) || seen.has(name)) continue;
      const m = NAME_PARTS.exec(name);
      if (!m || m[1].length < 2) continue;
      seen.add(name);
      const suffix = m[2] === '自治区' || !m[2].startsWith('自治') ? m[2] : m[2].slice(2);
      places.push({ name, stem: m[1], suffix, level: levelOfCode(code) });
    }
  }
  return places;
}

/** 110000 → provincial; 230100 → city; 429006 (天门市, a county-level city) → county. */
function levelOfCode(code: string): Level {
  if (code.endsWith('0000')) return 'provincial';
  return code.endsWith('00') ? 'city' : 'county';
}

/** The place of this name, full or short (哈尔滨市, 天门市, 甘孜州 for 甘孜藏族自治州), when the code list has it. */
export function placeCalled(name: string): Place | null {
  const all = allPlaces();
  return all.find((p) => p.name === name) ?? all.find((p) => p.stem + p.suffix === name) ?? null;
}

/** The name a report uses for a place: 甘孜州 when it writes so, else the full 甘孜藏族自治州. */
export function nameInText(place: Place, text: string): string {
  const short = place.stem + place.suffix;
  return short !== place.name && text.includes(short) ? short : place.name;
}

/**
 * The place a report keeps naming, among the places whose name ends in `suffix` (the level
 * its opening gave: 我代表市人民政府 → 市): the one whose stem the text writes most, at least
 * twice. 哈尔滨 (28 times) for a report that says 服务市民 five times but never 哈尔滨市.
 */
export function mostNamedOf(text: string, suffix: string): Place | null {
  // the two-character openings of the text, counted once: a stem whose opening is rare is skipped fast
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let best: { place: Place; count: number } | null = null;
  for (const place of allPlaces()) {
    if (place.suffix !== suffix || (pairs.get(place.stem.slice(0, 2)) ?? 0) < 2) continue;
    const count = countOf(text, place.stem);
    if (count >= 2 && (!best || count > best.count || (count === best.count && place.level === 'city' && best.place.level !== 'city'))) best = { place, count };
  }
  return best?.place ?? null;
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
