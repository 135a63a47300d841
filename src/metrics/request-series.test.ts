import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import { RequestSeries } from './request-series.js';

const BOUNDS = [0.005, 0.01, 0.025, 0.1, 1];
const COUNTER = { name: 'requests_total', help: 'Requests' };
const HISTOGRAM = { name: 'request_seconds', help: 'Time' };
const ANSWERS: [string, string, number, number][] = [
  ['GET', '/', 200, 0.00004],
  ['GET', '/', 200, 0.0071],
  ['GET', '/', 304, 0.01],
  ['GET', '/:section', 200, 0.3],
  ['HEAD', '/:section', 200, 2.5],
  ['GET', 'not_found', 404, 0.001],
];

test('the request series expose exactly what prom-client would for the same answers', async () => {
  const ours = new Registry();
  const series = new RequestSeries(BOUNDS);
  series.register(ours, COUNTER, HISTOGRAM);
  const theirs = new Registry();
  const counter = new Counter({ ...COUNTER, labelNames: ['method', 'route', 'status'], registers: [theirs] });
  const histogram = new Histogram({ ...HISTOGRAM, labelNames: ['method', 'route'], buckets: BOUNDS, registers: [theirs] });
  for (const [method, route, status, seconds] of ANSWERS) {
    series.record(method, route, status, seconds);
    counter.inc({ method, route, status: String(status) });
    histogram.observe({ method, route }, seconds);
  }
  assert.equal(await ours.metrics(), await theirs.metrics());
  assert.match(await ours.metrics(), /^request_seconds_bucket\{le="0.01",method="GET",route="\/"\} 3$/m);
});

test('a reset of the registry empties the series', async () => {
  const registry = new Registry();
  const series = new RequestSeries(BOUNDS);
  series.register(registry, COUNTER, HISTOGRAM);
  series.record('GET', '/', 200, 0.001);
  registry.resetMetrics();
  assert.doesNotMatch(await registry.metrics(), /route=/);
});
