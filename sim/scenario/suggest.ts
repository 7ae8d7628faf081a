/**
 * "Did you mean …?" suggestions for misspelt field names, ids and distribution names, by
 * edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * neighbouring letters), ignoring case.
 */
import { didYouMeanText } from './messages';

/** Edit distance between two strings, with adjacent transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * The candidate closest to `name`, if it is close enough to be a likely typo: at most 1 edit
 * when the longer of the two has up to 4 letters, 2 up to 8, 3 beyond; or a name that one contains the other
 * of (at least 4 letters, e.g. `stay` → `stayDays`). Undefined when nothing is close.
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate === name || candidate.length > 64) continue;
    const c = candidate.toLowerCase();
    const longest = Math.max(lower.length, c.length);
    const limit = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
    let score = editDistance(lower, c);
    if (score > limit) {
      const shorter = lower.length < c.length ? lower : c;
      const longer = shorter === lower ? c : lower;
      if (shorter.length >= 4 && longer.includes(shorter)) score = limit + 0.5;
      else continue;
    }
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** `; did you mean "x"?` or the empty string, to append to a message. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  return didYouMeanText(suggest(name, candidates));
}
