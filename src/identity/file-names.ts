// Identity from file names (`--identity-from '{region}-{year}.txt'`), for a corpus whose names
// say who issued each report and when. Pure: a pattern and a path in, overrides out.
import type { IdentityOverrides } from './identify.js';
import { LEVELS, type Level } from './places.js';

export class IdentityPatternError extends Error {}

/** What each placeholder matches; {*} is any text that is not kept. */
const PLACEHOLDERS: Record<string, string> = {
  region: '([^/]+?)',
  year: '((?:19|20)\\d\\d)',
  level: `(${LEVELS.join('|')})`,
  '*': '(?:[^/]*?)',
};

export interface IdentityPattern {
  source: string;
  /** The overrides a path's name gives, or null when the name does not fit the pattern. */
  match(path: string): IdentityOverrides | null;
}

/**
 * `{region}-{year}.txt` → a matcher of the path's last segment (`reports/dalian-2023.txt` →
 * region dalian, year 2023); a pattern with `/` matches as many last segments
 * (`{year}/{region}.txt`). `*` is {*}. Throws IdentityPatternError on an unknown placeholder or
 * a pattern with none of {region}, {year}, {level}.
 */
export function parseIdentityPattern(source: string): IdentityPattern {
  const names: (keyof IdentityOverrides)[] = [];
  let regex = '';
  const re = /\{([^{}]*)\}|\*|[^{}*]+|[{}]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const token = m[0];
    if (token === '*' || m[1] === '*') regex += PLACEHOLDERS['*'];
    else if (m[1] !== undefined) {
      if (!(m[1] in PLACEHOLDERS)) throw new IdentityPatternError(`--identity-from: unknown placeholder {${m[1]}} (use {region}, {year}, {level} or {*})`);
      if (names.includes(m[1] as keyof IdentityOverrides)) throw new IdentityPatternError(`--identity-from: {${m[1]}} appears twice`);
      names.push(m[1] as keyof IdentityOverrides);
      regex += PLACEHOLDERS[m[1]];
    } else if (token === '{' || token === '}') throw new IdentityPatternError(`--identity-from: an unclosed brace in "${source}"`);
    else regex += token.replace(/[.+?^$()[\]|\\]/g, '\\$&');
  }
  if (!names.length) throw new IdentityPatternError(`--identity-from needs {region}, {year} or {level} in the pattern, e.g. '{region}-{year}.txt' (got "${source}")`);
  const segments = source.split('/').length;
  const full = new RegExp(`^${regex}$`, 'u');
  return {
    source,
    match(path: string): IdentityOverrides | null {
      const tail = path.replace(/\\/g, '/').split('/').slice(-segments).join('/');
      const m = full.exec(tail);
      if (!m) return null;
      const out: IdentityOverrides = {};
      names.forEach((name, i) => {
        const value = m[i + 1];
        if (name === 'year') out.year = Number(value);
        else if (name === 'level') out.level = value as Level;
        else out.region = value;
      });
      return out;
    },
  };
}
