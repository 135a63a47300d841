import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { loadQualityCorpus } from './search-quality/corpus.js';
import { metricsOf, scoreQuery, show, type QueryScore } from './search-quality/metrics.js';
import { understandingDocuments } from './search-quality/understanding-documents.js';
import { UNDERSTANDING_KINDS, understandingQueries } from './search-quality/understanding-queries.js';

/**
 * Search quality on what readers mean (test/search-quality/understanding-*.ts): abbreviations,
 * numbers, spellings, questions, input-method keystrokes, real-word typos, tones, rare names.
 * The aims are those of the issue that asked for it, on a held-out set: MRR and P@5 0.90, R@10 0.95.
 */
const THRESHOLDS = { precisionAt5: 0.9, mrr: 0.9, recallAt10: 0.95 };

test('the understanding set is large enough and consistent', () => {
  assert.ok(understandingQueries.length >= 80, 'at least 80 queries');
  const keys = new Set(understandingDocuments.map((d) => d.key));
  assert.equal(keys.size, understandingDocuments.length, 'document keys are unique');
  assert.equal(new Set(understandingQueries.map((q) => q.q)).size, understandingQueries.length, 'queries are unique');
  for (const q of understandingQueries) for (const key of q.relevant) assert.ok(keys.has(key), `${q.q}: unknown document ${key}`);
  for (const kind of UNDERSTANDING_KINDS) assert.ok(understandingQueries.filter((q) => q.kind === kind).length >= 4, `at least four ${kind} queries`);
});

for (const dialect of dialects) {
  describe(`search quality on what readers mean (${dialect})`, () => {
    let t: TestApp;
    let keyOf: Map<number, string>;

    before(async () => {
      t = await createTestApp(dialect);
      keyOf = await loadQualityCorpus(t.db, Date.now(), understandingDocuments);
    });
    after(() => t.close());

    test('P@5, MRR and recall@10 reach the thresholds', async () => {
      const scores: QueryScore[] = [];
      for (const query of understandingQueries) {
        const results = await t.app.searchEngine.search(query.q, { limit: 10 });
        scores.push(
          scoreQuery(
            query,
            results.hits.map((h) => keyOf.get(h.id) ?? '?'),
          ),
        );
      }
      const metrics = metricsOf(scores);
      console.log(
        `[search-understanding ${dialect}] queries=${understandingQueries.length} documents=${understandingDocuments.length} engine ${show(metrics)}`,
      );
      for (const kind of UNDERSTANDING_KINDS) console.log(`    ${kind.padEnd(15)} ${show(metricsOf(scores.filter((s) => s.query.kind === kind)))}`);
      for (const m of scores.filter((s) => s.reciprocalRank < 1 || s.recallAt10 < 1)) {
        console.log(`  imperfect: "${m.query.q}" (${m.query.kind}) want ${m.query.relevant.join(',')} got ${m.ranked.join(',') || '—'}`);
      }
      assert.ok(metrics.precisionAt5 >= THRESHOLDS.precisionAt5, `P@5 ${metrics.precisionAt5.toFixed(3)} < ${THRESHOLDS.precisionAt5}`);
      assert.ok(metrics.mrr >= THRESHOLDS.mrr, `MRR ${metrics.mrr.toFixed(3)} < ${THRESHOLDS.mrr}`);
      assert.ok(metrics.recallAt10 >= THRESHOLDS.recallAt10, `recall@10 ${metrics.recallAt10.toFixed(3)} < ${THRESHOLDS.recallAt10}`);
    });
  });
}
