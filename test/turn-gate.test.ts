import assert from 'node:assert/strict';
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { articlePath } from '../src/content/urls.js';
import { TurnGate } from '../src/server/turn-gate.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { turnCounter } from './helpers/turns.js';

/**
 * src/server/turn-gate.ts: while the server is busy, requests that reach Fastify start one per turn
 * of the event loop, so that Node accepts a new connection (one per turn) between any two of them
 * instead of after all of them. Real connections, kept alive, so that all the requests of a batch
 * are read in the same turn; the test's process is the server's, so it counts the server's turns.
 */

describe('the gate itself', () => {
  test('an idle gate lets a request start at once, before the next turn', async () => {
    const gate = new TurnGate();
    const turns = turnCounter();
    await gate.enter();
    assert.equal(turns.now, 0);
    turns.stop();
  });

  test('requests that arrive in one turn start one per turn, first come first served', async () => {
    const gate = new TurnGate();
    const turns = turnCounter();
    const starts: { id: number; turn: number }[] = [];
    await Promise.all([1, 2, 3, 4].map((id) => gate.enter().then(() => starts.push({ id, turn: turns.now }))));
    turns.stop();
    assert.deepEqual(
      starts.map((s) => s.id),
      [1, 2, 3, 4],
    );
    assert.deepEqual(
      starts.map((s) => s.turn),
      [0, 1, 2, 3],
    );
    assert.equal(gate.queued, 0);
  });

  test('once the queue has drained, the next request starts at once again', async () => {
    const gate = new TurnGate();
    await Promise.all([gate.enter(), gate.enter(), gate.enter()]);
    // Let the gate's last turn pass with nobody waiting.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const turns = turnCounter();
    await gate.enter();
    assert.equal(turns.now, 0);
    turns.stop();
  });
});

const CONNECTIONS = 8;

describe('one request per turn of the event loop while the server is busy', () => {
  let t: TestApp;
  let fx: Fixture;
  let base: string;
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let turns: ReturnType<typeof turnCounter>;
  /** The turn in which each rendered page's handler began, by path. */
  const started: { url: string; turn: number }[] = [];

  before(async () => {
    t = await createTestApp('sqlite', { pageCacheBytes: 0 });
    fx = await seedFixture(t, 3);
    t.app.addHook('preHandler', async (request) => {
      started.push({ url: request.url, turn: turns.now });
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    turns = turnCounter();
  });
  after(async () => {
    turns.stop();
    agent.destroy();
    await t.close();
  });

  const fetchAll = (paths: string[]) =>
    Promise.all(
      paths.map(
        (p) =>
          new Promise<number>((resolve, reject) => {
            get(base + p, { agent }, (response) => {
              response.resume();
              response.on('end', () => resolve(response.statusCode ?? 0));
            }).on('error', reject);
          }),
      ),
    );

  test('a batch of page requests read in one turn is rendered over as many turns, all answered', async () => {
    const page = articlePath('thoi-su', fx.articles[0].slug, fx.articles[0].id);
    const pages = Array<string>(CONNECTIONS).fill(page);
    // The connections are opened (and kept) first: new ones are accepted one per turn anyway.
    assert.deepEqual(await fetchAll(pages), Array(CONNECTIONS).fill(200));
    started.length = 0;
    assert.deepEqual(await fetchAll(pages), Array(CONNECTIONS).fill(200));
    const perTurn = new Map<number, number>();
    for (const s of started) perTurn.set(s.turn, (perTurn.get(s.turn) ?? 0) + 1);
    assert.equal(started.length, CONNECTIONS);
    // One in the turn that read them and one per turn after it; a second in a turn only where the
    // turn counter and the gate share a check phase.
    assert.ok(Math.max(...perTurn.values()) <= 2, `starts per turn: ${JSON.stringify([...perTurn])}`);
    assert.ok(perTurn.size >= CONNECTIONS - 1, `turns used: ${perTurn.size}`);
  });

  test('health checks do not wait behind pages', async () => {
    const pages = Array.from({ length: CONNECTIONS - 1 }, () => '/');
    started.length = 0;
    const [statuses, health] = await Promise.all([fetchAll(pages), fetchAll(['/healthz'])]);
    assert.deepEqual(statuses, Array(CONNECTIONS - 1).fill(200));
    assert.deepEqual(health, [200]);
    const healthTurn = started.find((s) => s.url === '/healthz')?.turn;
    const lastPage = Math.max(...started.filter((s) => s.url === '/').map((s) => s.turn));
    assert.ok(healthTurn !== undefined && healthTurn < lastPage, `health check in turn ${String(healthTurn)}, last page in turn ${lastPage}`);
  });
});
