import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, parseTrustProxy } from '../src/config.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

describe('TRUST_PROXY', () => {
  it('is a hop count or a list of addresses and ranges, never "every hop"', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy('0'), false);
    assert.equal(parseTrustProxy('1'), 1);
    assert.equal(parseTrustProxy('true'), 1);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy('10.0.0.0/8, 192.168.1.5,::1'), ['10.0.0.0/8', '192.168.1.5', '::1']);
    assert.throws(() => parseTrustProxy('evil.example'), ConfigError);
    assert.throws(() => parseTrustProxy('10.0.0.0/8,*'), ConfigError);
  });
});

/** The address a request is counted under, as the app sees it. */
async function seenAddress(t: TestApp, remoteAddress: string, forwardedFor?: string): Promise<string> {
  const response = await t.app.inject({ method: 'GET', url: '/__dia-chi', remoteAddress, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  return response.body;
}

for (const dialect of dialects) {
  for (const setting of ['1', '10.0.0.0/8'] as const) {
    describe(`a reader cannot choose their address with X-Forwarded-For (TRUST_PROXY=${setting}, ${dialect})`, () => {
      let t: TestApp;
      before(async () => {
        t = await createTestApp(dialect, { trustProxy: parseTrustProxy(setting) });
        // Registered before the app is ready: what request.ip is for a given set of headers.
        t.app.get('/__dia-chi', async (request) => request.ip);
      });
      after(async () => t.close());

      it('takes the address the load balancer saw, not what the client wrote before it', async () => {
        assert.equal(await seenAddress(t, '10.0.0.2', '198.51.100.9'), '198.51.100.9');
        assert.equal(await seenAddress(t, '10.0.0.2', '1.1.1.1, 198.51.100.9'), '198.51.100.9');
        assert.equal(await seenAddress(t, '10.0.0.2', '7.7.7.7, 8.8.8.8, 198.51.100.9'), '198.51.100.9');
      });

      it('locks a guesser who changes the forged part of the header on every try', async () => {
        const { createUser } = await import('../src/newsroom/users.js');
        const { THROTTLE } = await import('../src/newsroom/login-throttle.js');
        await createUser(t.db.kysely, { username: 'thuha', displayName: 'Thu Hà', role: 'reporter', password: 'mat-khau-du-dai-1' });
        const attempt = async (i: number, password: string) => {
          const page = await t.app.inject({
            method: 'GET',
            url: '/admin/dang-nhap',
            remoteAddress: '10.0.0.2',
            headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.77` },
          });
          const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
          const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
          return t.app.inject({
            method: 'POST',
            url: '/admin/dang-nhap',
            remoteAddress: '10.0.0.2',
            headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.77`, cookie, 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({ _csrf: csrf, username: 'thuha', password }).toString(),
          });
        };
        for (let i = 1; i <= THROTTLE.maxFailures; i++) assert.equal((await attempt(i, `sai-${i}`)).statusCode, 401);
        assert.equal((await attempt(99, 'mat-khau-du-dai-1')).statusCode, 401);
      });
    });
  }
}
