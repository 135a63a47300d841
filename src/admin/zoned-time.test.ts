import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayFromInput, fromZonedInput, toZonedInput } from './zoned-time.js';

const ZONE = 'Asia/Ho_Chi_Minh';

test('a time is shown as dd/mm/yyyy HH:mm in 24 hours in the newspaper’s zone', () => {
  assert.equal(toZonedInput('2026-05-11T20:48:00.000Z', ZONE), '12/05/2026 03:48');
  assert.equal(toZonedInput('2026-12-05T07:30:00.000Z', ZONE), '05/12/2026 14:30');
  assert.equal(toZonedInput(null, ZONE), '');
});

test('the Vietnamese form is read day first, in the zone, whatever the server’s zone', () => {
  assert.equal(fromZonedInput('12/05/2026 03:48', ZONE)?.toISOString(), '2026-05-11T20:48:00.000Z');
  assert.equal(fromZonedInput(' 5/12/2026 14:30 ', ZONE)?.toISOString(), '2026-12-05T07:30:00.000Z');
  assert.equal(fromZonedInput('05/12/2026 9:05', ZONE)?.toISOString(), '2026-12-05T02:05:00.000Z');
  // The older datetime-local form is still read (scripts, pages opened before the change).
  assert.equal(fromZonedInput('2026-12-05T14:30', ZONE)?.toISOString(), '2026-12-05T07:30:00.000Z');
  // The round trip is exact.
  assert.equal(toZonedInput(fromZonedInput('29/02/2028 23:59', ZONE)?.toISOString() ?? null, ZONE), '29/02/2028 23:59');
});

test('what is not a time is refused, never guessed', () => {
  for (const bad of [
    '31/02/2026 08:00',
    '29/02/2027 08:00',
    '12/13/2026 08:00',
    '12/05/2026 24:00',
    '12/05/2026 08:60',
    '12/05/2026, 03:48 AM',
    '05/12/2026 3:48 PM',
    '2026-05-12',
    'ngày mai',
    '',
    '12/05/26 08:00',
    '00/05/2026 08:00',
  ]) {
    assert.equal(fromZonedInput(bad, ZONE), null, bad);
  }
});

test('a day typed dd/mm/yyyy becomes the stored yyyy-mm-dd; anything else is handed on as typed', () => {
  assert.equal(dayFromInput(' 1/7/2024 '), '2024-07-01');
  assert.equal(dayFromInput('30/02/2031'), '2031-02-30', 'refused by the domain, which knows the calendar');
  assert.equal(dayFromInput('2024-07-01'), '2024-07-01');
  assert.equal(dayFromInput('07/01/2024 AM'), '07/01/2024 AM');
});
