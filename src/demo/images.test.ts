import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { renderScene, sceneKinds } from './images.js';
import type { SceneKind } from './types.js';

const WIDTH = 800;
const HEIGHT = 500;

/** Every member of the SceneKind union; the Record type makes the compiler flag a missing one. */
const ALL: Record<SceneKind, true> = {
  mountains: true,
  'rice-terraces': true,
  river: true,
  city: true,
  school: true,
  stadium: true,
  market: true,
  hospital: true,
  festival: true,
  forest: true,
  'tea-hills': true,
  bridge: true,
  'meeting-hall': true,
  harvest: true,
  road: true,
};

test('sceneKinds lists every SceneKind exactly once', () => {
  assert.deepEqual([...sceneKinds].sort(), Object.keys(ALL).sort());
});

for (const scene of Object.keys(ALL) as SceneKind[]) {
  test(`renders ${scene} as a non-blank ${WIDTH}x${HEIGHT} JPEG, deterministic per seed`, async () => {
    const a = await renderScene(scene, 1, WIDTH, HEIGHT);
    const meta = await sharp(a).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, WIDTH);
    assert.equal(meta.height, HEIGHT);

    const stats = await sharp(a).stats();
    assert.ok(stats.channels.length >= 3);
    for (const ch of stats.channels.slice(0, 3)) {
      assert.ok(ch.stdev > 15, `${scene}: channel stdev ${ch.stdev.toFixed(1)} looks blank`);
    }

    const again = await renderScene(scene, 1, WIDTH, HEIGHT);
    assert.ok(a.equals(again), `${scene}: same seed must give identical bytes`);

    const other = await renderScene(scene, 2, WIDTH, HEIGHT);
    assert.ok(!a.equals(other), `${scene}: different seeds must give different pictures`);
  });
}

test('defaults to 1600x1000 and honours other sizes exactly', async () => {
  const big = await sharp(await renderScene('river', 7)).metadata();
  assert.equal(big.width, 1600);
  assert.equal(big.height, 1000);
  const odd = await sharp(await renderScene('city', 7, 640, 640)).metadata();
  assert.equal(odd.width, 640);
  assert.equal(odd.height, 640);
});

test('a seed changes the picture for many nearby seeds', async () => {
  const seen = new Set<string>();
  for (let seed = 0; seed < 6; seed++) {
    const buf = await renderScene('market', seed, 320, 200);
    seen.add(buf.toString('base64'));
  }
  assert.equal(seen.size, 6);
});
