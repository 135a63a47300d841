import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { htmlToText } from '../src/content/html-text.js';
import { tokenize } from '../src/search/text.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { loadQualityCorpus } from './search-quality/corpus.js';
import { documents } from './search-quality/documents.js';
import { mean, metricsOf, scoreQuery, show, type QueryScore } from './search-quality/metrics.js';
import { QUERY_KINDS, queries } from './search-quality/queries.js';

/**
 * Search quality on a fixed Vietnamese set, per engine. Precision@5 is divided by
 * min(5, number of relevant documents): a query with one right answer scores 1 when that answer
 * is in the top five, so the aim of 0.95 is reachable and meaningful.
 */
const THRESHOLDS = { precisionAt5: 0.95, mrr: 0.95, recallAt10: 0.98 };

/**
 * The set must stay hard: plain BM25 on folded words (the baseline below) must do clearly worse
 * than the thresholds, or the phrase, exact-diacritics, prefix and typo handling the engine is
 * judged on would no longer be what lifts it. Measured when the set was written (91 queries, 78
 * documents): MRR 0.726 over all queries; 0.806 without the typo queries, which plain BM25 cannot
 * answer at all; 0.769 on the exact-diacritics, phrase, stop-word and tone-placement queries. The
 * bounds leave a margin of about 0.07 for edits; a set that drifts above them has lost its
 * distractors (or its typo queries) and no longer tests what it claims to.
 */
const BASELINE_MAX_MRR = { all: 0.8, withoutTypos: 0.88, rankingKinds: 0.85 };
/** The kinds whose answer plain BM25 finds but ranks badly: the engine's re-ranking decides them. */
const RANKING_KINDS: ReadonlySet<string> = new Set(['exact-diacritics', 'phrase', 'stop-word', 'tone-placement']);

/**
 * Baseline: plain BM25F (k1 1.2, b 0.75) over folded words, the fields title, lead and body (HTML
 * to text) boosted 3, 2, 1 as the engines' own bm25 calls weigh them; each field's length is
 * normalised against that field's average, the boosted frequencies are summed and then saturated
 * once. A document must contain every query word, folded (AND). There is no phrase, diacritics,
 * tone-placement, typo or title-first handling beyond the boosts. The last query word is matched as
 * a plain prefix only when it is not itself a word of the corpus ("nông th": every word starting
 * with "th" counts as one term, as an FTS5 prefix query does); otherwise it is matched whole. Equal
 * scores go to the newer document, then to the order of documents.ts, as the engines do.
 */
const BM25 = { k1: 1.2, b: 0.75 };
const FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'lead', boost: 2 },
  { name: 'body', boost: 1 },
] as const;

const foldedWords = (text: string) => tokenize(text.normalize('NFC'), false).map((t) => t.folded);

const baselineDocs = documents.map((doc, order) => ({
  key: doc.key,
  daysAgo: doc.daysAgo,
  order,
  fields: [foldedWords(doc.title), foldedWords(doc.lead), foldedWords(htmlToText(doc.body))],
}));
const vocabulary = new Set(baselineDocs.flatMap((d) => d.fields.flat()));
const averageLength = FIELDS.map((_, f) => mean(baselineDocs.map((d) => d.fields[f].length)));

function baselineRanking(raw: string): string[] {
  const words = foldedWords(raw);
  if (words.length === 0) return [];
  const last = words.length - 1;
  const matchers = words.map((word, i) =>
    i === last && !vocabulary.has(word) ? (token: string) => token.startsWith(word) : (token: string) => token === word,
  );
  // Boosted, length-normalised frequency of each query word in each document.
  const frequencies = baselineDocs.map((doc) =>
    matchers.map((matches) =>
      FIELDS.reduce((sum, field, f) => {
        const tokens = doc.fields[f];
        const tf = tokens.filter(matches).length;
        return sum + (field.boost * tf) / (1 - BM25.b + (BM25.b * tokens.length) / averageLength[f]);
      }, 0),
    ),
  );
  const n = baselineDocs.length;
  const idf = matchers.map((_, w) => {
    const df = frequencies.filter((f) => f[w] > 0).length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  return baselineDocs
    .map((doc, d) => ({ doc, tfs: frequencies[d] }))
    .filter(({ tfs }) => tfs.every((tf) => tf > 0))
    .map(({ doc, tfs }) => ({ doc, score: tfs.reduce((sum, tf, w) => sum + (idf[w] * tf) / (BM25.k1 + tf), 0) }))
    .sort((a, b) => b.score - a.score || a.doc.daysAgo - b.doc.daysAgo || a.doc.order - b.doc.order)
    .slice(0, 10)
    .map(({ doc }) => doc.key);
}

const baselineScores = queries.map((query) => scoreQuery(query, baselineRanking(query.q)));
const baseline = metricsOf(baselineScores);

/** Engine and baseline MRR per kind of query, so a regression shows where it happened. */
function kindTable(engine: QueryScore[]): string[] {
  return QUERY_KINDS.map((kind) => {
    const mine = (scores: QueryScore[]) => scores.filter((s) => s.query.kind === kind);
    const count = mine(engine).length;
    return `    ${kind.padEnd(17)} n=${String(count).padStart(2)}  engine MRR=${metricsOf(mine(engine)).mrr.toFixed(3)}  baseline MRR=${metricsOf(mine(baselineScores)).mrr.toFixed(3)}`;
  });
}

test('the quality set is large enough and consistent', () => {
  assert.ok(documents.length >= 60, 'at least 60 documents');
  assert.ok(queries.length >= 50, 'at least 50 queries');
  const keys = new Set(documents.map((d) => d.key));
  assert.equal(keys.size, documents.length, 'document keys are unique');
  assert.equal(new Set(queries.map((q) => q.q)).size, queries.length, 'queries are unique');
  for (const q of queries) {
    assert.ok(q.relevant.length > 0, `${q.q}: no relevant document`);
    for (const key of q.relevant) assert.ok(keys.has(key), `${q.q}: unknown document ${key}`);
  }
  for (const kind of QUERY_KINDS) assert.ok(queries.filter((q) => q.kind === kind).length >= 2, `at least two ${kind} queries`);
});

test('the quality set is hard: plain folded BM25 stays well below the thresholds', () => {
  const withoutTypos = metricsOf(baselineScores.filter((s) => s.query.kind !== 'typo'));
  const rankingKinds = metricsOf(baselineScores.filter((s) => RANKING_KINDS.has(s.query.kind)));
  console.log(
    `[search-quality baseline: BM25F on folded words] ${show(baseline)}; without typo queries MRR=${withoutTypos.mrr.toFixed(3)}; ` +
      `exact-diacritics/phrase/stop-word/tone-placement MRR=${rankingKinds.mrr.toFixed(3)}; ` +
      `wrong first result on ${baselineScores.filter((s) => s.reciprocalRank < 1).length} of ${queries.length} queries`,
  );
  if (process.env.SEARCH_QUALITY_VERBOSE) {
    for (const s of baselineScores.filter((x) => x.reciprocalRank < 1)) {
      console.log(`  baseline: "${s.query.q.normalize('NFC')}" (${s.query.kind}) want ${s.query.relevant.join(',')} got ${s.ranked.join(',') || '—'}`);
    }
  }
  assert.ok(baseline.mrr <= BASELINE_MAX_MRR.all, `baseline MRR ${baseline.mrr.toFixed(3)} > ${BASELINE_MAX_MRR.all}: the set got easy`);
  assert.ok(
    withoutTypos.mrr <= BASELINE_MAX_MRR.withoutTypos,
    `baseline MRR without typo queries ${withoutTypos.mrr.toFixed(3)} > ${BASELINE_MAX_MRR.withoutTypos}: the set got easy`,
  );
  assert.ok(
    rankingKinds.mrr <= BASELINE_MAX_MRR.rankingKinds,
    `baseline MRR on ranking kinds ${rankingKinds.mrr.toFixed(3)} > ${BASELINE_MAX_MRR.rankingKinds}: the distractors stopped working`,
  );
});

for (const dialect of dialects) {
  describe(`search quality (${dialect})`, () => {
    let t: TestApp;
    let keyOf: Map<number, string>;

    before(async () => {
      t = await createTestApp(dialect);
      keyOf = await loadQualityCorpus(t.db);
    });
    after(() => t.close());

    test(`P@5, MRR and recall@10 reach the thresholds`, async () => {
      const scores: QueryScore[] = [];
      for (const query of queries) {
        const results = await t.app.searchEngine.search(query.q, { limit: 10 });
        scores.push(
          scoreQuery(
            query,
            results.hits.map((h) => keyOf.get(h.id) ?? '?'),
          ),
        );
      }
      const metrics = metricsOf(scores);
      const misses = scores.filter((s) => s.reciprocalRank < 1 || s.recallAt10 < 1 || s.precisionAt5 < 1);
      console.log(
        `[search-quality ${dialect}] queries=${queries.length} documents=${documents.length} ` +
          `engine ${show(metrics)} | baseline (BM25F, folded) ${show(baseline)}`,
      );
      for (const line of kindTable(scores)) console.log(line);
      for (const m of misses) {
        console.log(`  imperfect: "${m.query.q.normalize('NFC')}" (${m.query.kind}) want ${m.query.relevant.join(',')} got ${m.ranked.join(',') || '—'}`);
      }
      assert.ok(metrics.precisionAt5 >= THRESHOLDS.precisionAt5, `P@5 ${metrics.precisionAt5.toFixed(3)} < ${THRESHOLDS.precisionAt5}`);
      assert.ok(metrics.mrr >= THRESHOLDS.mrr, `MRR ${metrics.mrr.toFixed(3)} < ${THRESHOLDS.mrr}`);
      assert.ok(metrics.recallAt10 >= THRESHOLDS.recallAt10, `recall@10 ${metrics.recallAt10.toFixed(3)} < ${THRESHOLDS.recallAt10}`);
    });
  });
}
