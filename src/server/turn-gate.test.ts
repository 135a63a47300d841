import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TurnGate } from './turn-gate.js';

/** Counts turns of the event loop (check phases) until stopped. */
function turnCounter(): { readonly now: number; stop(): void } {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    get now() {
      return turns;
    },
    stop() {
      running = false;
    },
  };
}

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
