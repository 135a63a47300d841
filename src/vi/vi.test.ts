import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  canonicalTone,
  decodeLegacy,
  excerpt,
  fold,
  formatArticleDate,
  formatHeaderDate,
  formatShortDate,
  localDateKey,
  normalizeText,
  slugify,
  suggestLegacyEncoding,
  wallClock,
  words,
  zonedTimeToInstant,
  type LegacyEncoding,
} from './index.js';

interface Vector<I, E> {
  input: I;
  expected: E;
  note: string;
}

interface Vectors {
  fold: Vector<string, string>[];
  toneEquivalent: Vector<string[], string>[];
  toneDistinct: Vector<[string, string], boolean>[];
  slug: Vector<string, string>[];
  dateFormat: Vector<string, { header: string; article: string }>[];
  excerpt: Vector<{ text: string; max: number }, string>[];
  legacyEncoding: Vector<{ text: string; encoding: LegacyEncoding }, string>[];
}

// A copy of the project's public vectors (test/fixtures/README.md). Read at load time on purpose:
// a missing file must fail this test file, never skip it.
const VECTORS_URL = new URL('../../test/fixtures/vi-text/vectors.json', import.meta.url);
const vectors = JSON.parse(readFileSync(VECTORS_URL, 'utf8')) as Vectors;

test('fold', () => {
  assert.ok(vectors.fold.length > 0);
  for (const v of vectors.fold) assert.equal(fold(v.input), v.expected, v.note);
});

test('toneEquivalent', () => {
  assert.ok(vectors.toneEquivalent.length > 0);
  for (const v of vectors.toneEquivalent) {
    for (const x of v.input) assert.equal(canonicalTone(x), v.expected, v.note);
  }
});

test('toneDistinct', () => {
  assert.ok(vectors.toneDistinct.length > 0);
  for (const v of vectors.toneDistinct) {
    const same = canonicalTone(v.input[0]).toLowerCase() === canonicalTone(v.input[1]).toLowerCase();
    assert.equal(same, v.expected, v.note);
  }
});

test('slug', () => {
  assert.ok(vectors.slug.length > 0);
  for (const v of vectors.slug) assert.equal(slugify(v.input), v.expected, v.note);
});

test('dateFormat', () => {
  assert.ok(vectors.dateFormat.length > 0);
  for (const v of vectors.dateFormat) {
    assert.equal(formatHeaderDate(new Date(v.input)), v.expected.header, v.note);
    assert.equal(formatArticleDate(new Date(v.input)), v.expected.article, v.note);
  }
});

test('excerpt', () => {
  assert.ok(vectors.excerpt.length > 0);
  for (const v of vectors.excerpt) assert.equal(excerpt(v.input.text, v.input.max), v.expected, v.note);
});

test('legacyEncoding', () => {
  assert.ok(vectors.legacyEncoding.length > 0);
  for (const v of vectors.legacyEncoding) {
    assert.equal(decodeLegacy(v.input.text, v.input.encoding), v.expected, v.note);
  }
});

test('formatHeaderDate labels the real offset of other zones', () => {
  const t = new Date('2020-08-08T11:26:00Z');
  assert.equal(formatHeaderDate(t, 'UTC'), 'Thứ bảy, 08/08/2020, 11:26 [GMT]');
  assert.equal(formatHeaderDate(t, 'Asia/Kolkata'), 'Thứ bảy, 08/08/2020, 16:56 [GMT+5:30]');
  // New York is on EDT (UTC-4) in August and EST (UTC-5) in January.
  assert.equal(formatHeaderDate(t, 'America/New_York'), 'Thứ bảy, 08/08/2020, 07:26 [GMT-4]');
  assert.equal(formatHeaderDate(new Date('2020-01-15T03:00:00Z'), 'America/New_York'), 'Thứ ba, 14/01/2020, 22:00 [GMT-5]');
  assert.equal(formatArticleDate(t, 'UTC'), "Thứ bảy, 08/08/2020 - 11:26'");
});

test('localDateKey and formatShortDate follow the Vietnamese calendar day', () => {
  // 16:59:59 UTC is 23:59:59 in Vietnam; one second later it is the next day there.
  assert.equal(localDateKey(new Date('2019-11-28T16:59:59Z')), '2019-11-28');
  assert.equal(localDateKey(new Date('2019-11-28T17:00:00Z')), '2019-11-29');
  assert.equal(localDateKey(new Date('2020-12-31T17:00:00Z')), '2021-01-01');
  assert.equal(localDateKey(new Date('2019-11-28T17:00:00Z'), 'UTC'), '2019-11-28');
  assert.equal(formatShortDate(new Date('2019-11-29T09:14:00Z')), '29/11/2019');
});

test('words and normalizeText', () => {
  assert.deepEqual(words('Đại hội Đảng bộ, nhiệm kỳ 2020–2025!'), ['Đại', 'hội', 'Đảng', 'bộ', 'nhiệm', 'kỳ', '2020', '2025']);
  // NFD and "Unicode tổ hợp" input come back as whole NFC tokens.
  assert.deepEqual(words('Mu\u031bo\u031b\u0300ng Cang, Vi\u00ea\u0323t Nam'), ['Mường', 'Cang', 'Việt', 'Nam']);
  assert.deepEqual(words('  — … '), []);
  assert.equal(normalizeText('Vie\u0302\u0323t'), 'Việt');
});

test('suggestLegacyEncoding', () => {
  for (const s of ['ViÖt Nam', '§¹i héi §¶ng bé', 'M\u00adêng Cang', 'x©y dùng n«ng th«n míi', 'Hßa b×nh']) {
    assert.equal(suggestLegacyEncoding(s), 'TCVN3', s);
  }
  for (const s of ['Vieät Nam', 'Ñaïi hoäi Ñaûng boä', 'Lai Chaâu', 'Möôøng Cang', 'ÑAÛNG COÄNG SAÛN VIEÄT NAM']) {
    assert.equal(suggestLegacyEncoding(s), 'VNI-Windows', s);
  }
  for (const s of ['Đại hội Đảng bộ', 'Hoà Bình', 'Than Uyên', 'Lai Châu', 'Café Sài Gòn', 'COVID-19']) {
    assert.equal(suggestLegacyEncoding(s), null, s);
  }
});

test('slugify of a title with nothing sluggable is empty', () => {
  assert.equal(slugify('“…”'), '');
  assert.equal(slugify(' – ! '), '');
});

test('zonedTimeToInstant is the inverse of wallClock, across zones and a daylight-saving change', () => {
  const cases: [string, { year: number; month: number; day: number; hour: number; minute: number }, string][] = [
    ['Asia/Ho_Chi_Minh', { year: 2019, month: 11, day: 29, hour: 16, minute: 14 }, '2019-11-29T09:14:00.000Z'],
    ['Asia/Ho_Chi_Minh', { year: 2020, month: 1, day: 1, hour: 0, minute: 5 }, '2019-12-31T17:05:00.000Z'],
    ['America/New_York', { year: 2024, month: 3, day: 10, hour: 12, minute: 0 }, '2024-03-10T16:00:00.000Z'],
    ['America/New_York', { year: 2024, month: 3, day: 9, hour: 12, minute: 0 }, '2024-03-09T17:00:00.000Z'],
    ['Asia/Kolkata', { year: 2024, month: 6, day: 1, hour: 9, minute: 30 }, '2024-06-01T04:00:00.000Z'],
  ];
  for (const [zone, time, iso] of cases) {
    const instant = zonedTimeToInstant(time, zone);
    assert.equal(instant.toISOString(), iso, `${zone} ${JSON.stringify(time)}`);
    assert.deepEqual(wallClock(instant, zone), time);
  }
  assert.equal(zonedTimeToInstant({ year: 2024, month: 1, day: 32, hour: 0, minute: 0 }).toISOString(), '2024-01-31T17:00:00.000Z');
});
