/**
 * Partial matches, for queries no article answers with every word: questions ("giá cà phê năm
 * nay bao nhiêu") and extra words. A word's weight is its rarity (inverse document frequency), so
 * an article with "cà phê" and "giá" beats one with "năm nay" and "bao nhiêu".
 */

/**
 * The rarity weight of a word found in `frequency` of `articles` articles. A word found nowhere
 * weighs as the rarest: it is what the reader asked about, and a query of mostly unknown words
 * ("khủng long bạo chúa" in a paper that never wrote of dinosaurs) is a topic the paper lacks, for
 * which a few common words it shares with some articles must not pass as an answer.
 */
export function rarity(frequency: number, articles: number): number {
  return Math.log(1 + Math.max(articles, frequency, 1) / Math.max(frequency, 1));
}

/** The share of the query's weight that the present words carry, in [0, 1]. */
export function coverage(present: boolean[], frequencies: number[], articles: number): number {
  const weights = frequencies.map((f) => rarity(f, articles));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return weights.reduce((sum, w, i) => sum + (present[i] ? w : 0), 0) / total;
}

/** Leaving out each word in turn is tried only for short queries: it costs a lookup per word. */
const LEAVE_ONE_OUT_MAX = 5;
const SINGLE_WORDS = 3;

/**
 * The subsets of query words (as indexes) whose matches make the pool, the most valuable first:
 * every known word (when some word is found nowhere); each known word left out in turn; the
 * rarest words, dropping the most common one at a time; the rarest words alone. At most about
 * fifteen subsets, whatever the query.
 */
export function partialSubsets(frequencies: number[], articles: number): number[][] {
  const known = frequencies
    .map((f, i) => ({ i, f, weight: rarity(f, articles) }))
    .filter((w) => w.f > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((w) => w.i);
  const subsets: number[][] = [];
  if (known.length < frequencies.length && known.length > 0) subsets.push(known);
  if (known.length >= 3 && known.length <= LEAVE_ONE_OUT_MAX) known.forEach((_, k) => subsets.push(known.filter((__, j) => j !== k)));
  for (let size = known.length - 1; size >= 1; size--) subsets.push(known.slice(0, size));
  known.slice(0, SINGLE_WORDS).forEach((i) => subsets.push([i]));
  const seen = new Set<string>();
  return subsets.filter((s) => {
    const key = [...s].sort((a, b) => a - b).join(',');
    if (s.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
