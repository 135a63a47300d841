import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleAmount,
  divideRounded,
  formatCoefficient,
  formatShare,
  inRange,
  parseCoefficient,
  parseShare,
  splitByShares,
  unitValueOn,
} from './arithmetic.js';

test('an article amount is coefficient × unit value, rounded to the đồng, halves away from zero', () => {
  assert.equal(articleAmount(1000, 234_000), 2_340_000, '10 × 234.000');
  assert.equal(articleAmount(150, 234_000), 351_000, '1,5 × 234.000');
  assert.equal(articleAmount(101, 149_050), 150_541, '1,01 × 149.050 = 150.540,5 → 150.541');
  assert.equal(articleAmount(133, 149_001), 198_171, '1,33 × 149.001 = 198.171,33 → 198.171');
  assert.equal(divideRounded(5n, 2n), 3n);
  assert.equal(divideRounded(-5n, 2n), -3n);
  assert.equal(divideRounded(7n, 3n), 2n);
  // Far beyond what floating point keeps exact: 9.000.000.000.000.001 × 3 / 100 rounds correctly.
  assert.equal(divideRounded(9_000_000_000_000_001n * 3n, 100n), 270_000_000_000_000n);
});

test('shares split the amount with nothing lost or invented', () => {
  assert.deepEqual(splitByShares(1_200_000, [6000, 4000]), [720_000, 480_000]);
  // 100 đồng in three equal-ish shares: 33,34% + 33,33% + 33,33%.
  assert.deepEqual(splitByShares(100, [3334, 3333, 3333]), [34, 33, 33]);
  // 10 đồng in three shares of 33,33/33,33/33,34: remainders decide who gets the left-over đồng.
  const parts = splitByShares(10, [3333, 3333, 3334]);
  assert.equal(
    parts.reduce((a, b) => a + b, 0),
    10,
  );
  assert.deepEqual(parts, [3, 3, 4]);
  // Equal remainders: the earlier line gets the đồng.
  assert.deepEqual(splitByShares(1, [5000, 5000]), [1, 0]);
  for (const total of [0, 1, 7, 351_001, 2_340_000, 999_999_999]) {
    const split = splitByShares(total, [2500, 2500, 1666, 1667, 1667]);
    assert.equal(
      split.reduce((a, b) => a + b, 0),
      total,
      `sum for ${total}`,
    );
  }
});

test('shares that do not make 100% are refused', () => {
  assert.throws(() => splitByShares(1000, [6000, 3999]), RangeError);
  assert.throws(() => splitByShares(1000, [6000, 4001]), RangeError);
  assert.throws(() => splitByShares(1000, []), RangeError);
});

test('the unit value in force on the publication day, when the value changes mid-month', () => {
  const values = [
    { effectiveFrom: '2024-07-01', value: 234_000 },
    { effectiveFrom: '2023-07-01', value: 180_000 },
  ];
  assert.equal(unitValueOn(values, '2024-06-30')?.value, 180_000);
  assert.equal(unitValueOn(values, '2024-07-01')?.value, 234_000, 'the day it takes effect');
  assert.equal(unitValueOn(values, '2024-07-31')?.value, 234_000);
  assert.equal(unitValueOn(values, '2020-01-01')?.value, 180_000, 'before every value: the earliest');
  assert.equal(unitValueOn([], '2024-07-01'), undefined);
});

test('coefficients and shares are read as people type them, and refused otherwise', () => {
  assert.equal(parseCoefficient('1,5'), 150);
  assert.equal(parseCoefficient('1.5'), 150);
  assert.equal(parseCoefficient(' 12 '), 1200);
  assert.equal(parseCoefficient('0,25'), 25);
  for (const bad of ['', '0', '-1', '1,555', 'abc', '1e3', '10001', '1,5,5']) assert.equal(parseCoefficient(bad), null, bad);
  assert.equal(formatCoefficient(150), '1,5');
  assert.equal(formatCoefficient(1200), '12');
  assert.equal(formatCoefficient(25), '0,25');
  assert.equal(parseShare('60'), 6000);
  assert.equal(parseShare('33,33'), 3333);
  assert.equal(parseShare('100%'), 10_000);
  for (const bad of ['0', '100,01', '101', '-5', 'x']) assert.equal(parseShare(bad), null, bad);
  assert.equal(formatShare(3333), '33,33%');
  assert.equal(formatShare(10_000), '100%');
});

test('ranges include both ends', () => {
  const range = { min: 100, max: 1000 };
  assert.ok(inRange(100, range));
  assert.ok(inRange(1000, range));
  assert.ok(!inRange(99, range));
  assert.ok(!inRange(1001, range));
});
