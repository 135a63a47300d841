import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoOffset, formatRfc822 } from './index.js';

describe('machine-readable dates with the zone offset', () => {
  const instant = new Date('2019-11-29T09:14:05.678Z');
  it('RFC 822 for RSS', () => {
    assert.equal(formatRfc822(instant, 'Asia/Ho_Chi_Minh'), 'Fri, 29 Nov 2019 16:14:05 +0700');
    assert.equal(formatRfc822(instant, 'UTC'), 'Fri, 29 Nov 2019 09:14:05 +0000');
    assert.equal(formatRfc822(instant, 'America/St_Johns'), 'Fri, 29 Nov 2019 05:44:05 -0330');
  });
  it('ISO 8601 for sitemaps and JSON-LD', () => {
    assert.equal(formatIsoOffset(instant, 'Asia/Ho_Chi_Minh'), '2019-11-29T16:14:05+07:00');
    assert.equal(formatIsoOffset(new Date('2019-12-31T20:00:00Z'), 'Asia/Ho_Chi_Minh'), '2020-01-01T03:00:00+07:00');
    assert.equal(Date.parse(formatIsoOffset(instant, 'Asia/Kolkata')), Date.parse('2019-11-29T09:14:05Z'));
  });
  it('follows daylight-saving changes to the minute', () => {
    // Europe/Berlin went to summer time at 01:00 UTC on 31 March 2024.
    assert.equal(formatIsoOffset(new Date('2024-03-31T00:59:59Z'), 'Europe/Berlin'), '2024-03-31T01:59:59+01:00');
    assert.equal(formatIsoOffset(new Date('2024-03-31T01:00:00Z'), 'Europe/Berlin'), '2024-03-31T03:00:00+02:00');
    assert.equal(formatRfc822(new Date('2024-10-27T00:59:00Z'), 'Europe/Berlin'), 'Sun, 27 Oct 2024 02:59:00 +0200');
    assert.equal(formatRfc822(new Date('2024-10-27T01:00:00Z'), 'Europe/Berlin'), 'Sun, 27 Oct 2024 02:00:00 +0100');
    // Lord Howe Island shifts by half an hour.
    assert.equal(formatIsoOffset(new Date('2024-04-06T14:59:00Z'), 'Australia/Lord_Howe'), '2024-04-07T01:59:00+11:00');
    assert.equal(formatIsoOffset(new Date('2024-04-06T15:00:00Z'), 'Australia/Lord_Howe'), '2024-04-07T01:30:00+10:30');
  });
});
