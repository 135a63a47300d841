import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { NewsroomClient } from './helpers/newsroom-client.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  let off: TestApp;
  let on: TestApp;
  before(async () => {
    off = await createTestApp('sqlite');
    on = await createTestApp('postgres', { metricsToken: TOKEN });
    await createUser(on.db.kysely, { username: 'bientap', displayName: 'Biên tập', role: 'editor', password: 'mat-khau-dung-1234' });
  });
  after(async () => {
    await off?.close();
    await on?.close();
  });

  const scrape = async (t: TestApp) => (await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).body;

  it('is off without METRICS_TOKEN, and answers only the right token', async () => {
    assert.equal((await off.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 404);
    assert.equal((await on.app.inject('/metrics')).statusCode, 404);
    assert.equal((await on.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode, 404);
    const res = await on.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/plain/);
  });

  it('counts requests by route pattern, query time, pool, logins, event-loop lag and memory', async () => {
    await on.app.inject('/');
    await on.app.inject('/khong-co-trang-nay');
    const client = new NewsroomClient(on.app);
    await client.get('/admin/dang-nhap');
    await client.post('/admin/dang-nhap', { username: 'bientap', password: 'sai-mat-khau' });
    await client.login('bientap', 'mat-khau-dung-1234');
    const text = await scrape(on);
    assert.ok(value(text, 'toasoan_http_requests_total{method="GET",route="/",status="200"}') >= 1, text);
    assert.ok(value(text, 'toasoan_http_requests_total{method="GET",route="not_found",status="404"}') >= 1);
    assert.ok(value(text, 'toasoan_http_request_duration_seconds_count{method="GET",route="/"}') >= 1);
    assert.ok(value(text, 'toasoan_db_query_duration_seconds_count{outcome="ok"}') > 0);
    assert.match(text, /^toasoan_db_pool_connections\{state="total"\} \d+/m);
    assert.equal(value(text, 'toasoan_logins_total{outcome="refused"}'), 1);
    assert.equal(value(text, 'toasoan_logins_total{outcome="accepted"}'), 1);
    assert.match(text, /^nodejs_eventloop_lag_seconds \d/m);
    assert.match(text, /^process_resident_memory_bytes \d/m);
  });

  it('offers a counter for the page cache', async () => {
    on.app.metrics.pageCache('hit');
    on.app.metrics.pageCache('hit');
    on.app.metrics.pageCache('miss');
    const text = await scrape(on);
    assert.equal(value(text, 'toasoan_page_cache_requests_total{result="hit"}'), 2);
    assert.equal(value(text, 'toasoan_page_cache_requests_total{result="miss"}'), 1);
  });
});
