import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_PASSWORD_COST, hashPassword, setPasswordCost, verifyPassword } from './passwords.js';

test('new hashes use the configured cost; hashes of any allowed cost still verify', async () => {
  setPasswordCost(10);
  const cheap = await hashPassword('mật khẩu đủ dài');
  assert.equal(cheap.split('$')[1], String(2 ** 10));
  setPasswordCost(DEFAULT_PASSWORD_COST);
  const usual = await hashPassword('mật khẩu đủ dài');
  assert.equal(usual.split('$')[1], String(2 ** 15));
  setPasswordCost(10);
  // Lowering the cost later never locks out anyone whose hash was made at the higher one.
  assert.equal(await verifyPassword('mật khẩu đủ dài', usual), true);
  assert.equal(await verifyPassword('mật khẩu đủ dài', cheap), true);
  assert.equal(await verifyPassword('mật khẩu khác', cheap), false);
});

test('a cost outside 10–17 is refused, and so is a stored hash beyond it', async () => {
  assert.throws(() => setPasswordCost(9), RangeError);
  assert.throws(() => setPasswordCost(18), RangeError);
  assert.throws(() => setPasswordCost(12.5), RangeError);
  const [scheme, , r, p, salt, hash] = (await hashPassword('mật khẩu đủ dài')).split('$');
  assert.equal(await verifyPassword('mật khẩu đủ dài', [scheme, 2 ** 20, r, p, salt, hash].join('$')), false);
});
