/** Precision@5, reciprocal rank and recall@10 of a ranking against a reader's judgements. */

export interface JudgedQuery {
  q: string;
  kind: string;
  relevant: string[];
}

export interface QueryScore {
  query: JudgedQuery;
  ranked: string[];
  precisionAt5: number;
  reciprocalRank: number;
  recallAt10: number;
}

export interface Metrics {
  precisionAt5: number;
  mrr: number;
  recallAt10: number;
}

export function scoreQuery(query: JudgedQuery, ranked: string[]): QueryScore {
  const relevant = new Set(query.relevant);
  const inTop = (k: number) => ranked.slice(0, k).filter((key) => relevant.has(key)).length;
  const firstHit = ranked.findIndex((key) => relevant.has(key));
  return {
    query,
    ranked,
    precisionAt5: inTop(5) / Math.min(5, relevant.size),
    reciprocalRank: firstHit < 0 ? 0 : 1 / (firstHit + 1),
    recallAt10: inTop(10) / relevant.size,
  };
}

export const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function metricsOf(scores: QueryScore[]): Metrics {
  return {
    precisionAt5: mean(scores.map((s) => s.precisionAt5)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    recallAt10: mean(scores.map((s) => s.recallAt10)),
  };
}

export const show = (m: Metrics) => `P@5=${m.precisionAt5.toFixed(3)} MRR=${m.mrr.toFixed(3)} R@10=${m.recallAt10.toFixed(3)}`;
