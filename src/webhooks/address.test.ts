import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWebhookUrl, isPrivateAddress, WebhookUrlError } from './address.js';

describe('webhook addresses', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-ip',
    ]) {
      assert.equal(isPrivateAddress(a), true, a);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(a), false, a);
  });

  it('refuses URLs that are not http(s), carry credentials or resolve to private addresses, unless allowed', async () => {
    for (const url of [
      'ftp://example.com/x',
      'http://user:pw@example.com/',
      'khong phai url',
      'http://127.0.0.1:8080/hook',
      'http://[::1]/hook',
      'http://localhost/hook',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      await assert.rejects(checkWebhookUrl(url, false), WebhookUrlError, url);
    }
    assert.equal((await checkWebhookUrl('http://127.0.0.1:8080/hook', true)).port, '8080');
    assert.equal((await checkWebhookUrl('https://8.8.8.8/hook', false)).hostname, '8.8.8.8');
  });
});
