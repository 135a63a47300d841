import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientKey, ViewGate } from './view-gate.js';

test('one view per client and article, at most perClient articles a window', () => {
  let now = 0;
  const gate = new ViewGate({ windowMs: 1000, perClient: 3, maxClients: 100, overflowViews: 0 }, () => now);
  assert.equal(gate.admit('198.51.100.1', 1), true);
  for (let i = 0; i < 100; i++) assert.equal(gate.admit('198.51.100.1', 1), false);
  assert.equal(gate.admit('198.51.100.1', 2), true);
  assert.equal(gate.admit('198.51.100.1', 3), true);
  assert.equal(gate.admit('198.51.100.1', 4), false);
  assert.equal(gate.admit('198.51.100.2', 1), true);
  // The next window still remembers the last one's views; the one after forgets them.
  now = 1500;
  assert.equal(gate.admit('198.51.100.1', 1), false);
  assert.equal(gate.admit('198.51.100.1', 5), true);
  now = 4000;
  assert.equal(gate.admit('198.51.100.1', 1), true);
});

test('a flood of addresses keeps memory and counts bounded', () => {
  const gate = new ViewGate({ windowMs: 60_000, perClient: 30, maxClients: 1000, overflowViews: 50 }, () => 0);
  let counted = 0;
  for (let i = 0; i < 200_000; i++) if (gate.admit(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 7)) counted++;
  assert.ok(gate.size <= 2000, `${gate.size}`);
  assert.equal(counted, 1050);
});

test('IPv6 clients are their /64', () => {
  assert.equal(clientKey('2001:db8:1:2:aaaa::1'), clientKey('2001:db8:1:2:bbbb::2'));
  assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
  assert.equal(clientKey('::ffff:192.0.2.1'), '192.0.2.1');
  assert.equal(clientKey('192.0.2.1'), '192.0.2.1');
});
