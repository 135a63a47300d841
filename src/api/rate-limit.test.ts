import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows `limit` requests a window per address, then says when to come back', () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    assert.deepEqual(
      [1, 2, 3].map(() => limiter.hit('a', t0).allowed),
      [true, true, true],
    );
    const refused = limiter.hit('a', t0 + 15_000);
    assert.equal(refused.allowed, false);
    assert.equal(refused.resetSeconds, 45);
    assert.equal(limiter.hit('b', t0 + 15_000).allowed, true, 'other addresses are counted apart');
    assert.equal(limiter.hit('a', t0 + 60_000).allowed, true, 'a new window');
  });

  it('never holds more than maxClients addresses', () => {
    const limiter = new RateLimiter(5, 60_000, 1_000);
    for (let i = 0; i < 50_000; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`, 1_000 + i);
    assert.ok(limiter.size <= 1_000, String(limiter.size));
    assert.equal(limiter.hit('10.0.195.79', 60_000).allowed, true);
  });
});
