import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromInputMethod, fromInputMethodText } from './input-method.js';

test('Telex keystrokes become the syllable they spell', () => {
  const cases: Record<string, string> = {
    tieengs: 'tiếng',
    vieetj: 'việt',
    nguwowif: 'người',
    dduwowngf: 'đường',
    nawm: 'năm',
    hoaf: 'hoà',
    thuyr: 'thuỷ',
    ddieenj: 'điện',
    Haf: 'Hà',
    Noojij: 'Nội',
  };
  for (const [typed, meant] of Object.entries(cases)) assert.equal(fromInputMethod(typed), meant, typed);
});

test('VNI keystrokes become the syllable they spell', () => {
  const cases: Record<string, string> = { tie61ng: 'tiếng', vie65t: 'việt', d9u7o7ng2: 'đường', ho7n: 'hơn', na8m: 'năm' };
  for (const [typed, meant] of Object.entries(cases)) assert.equal(fromInputMethod(typed), meant, typed);
});

test('plain words, foreign words and numbers stay as they are', () => {
  for (const word of ['ban', 'news', 'facebook', 'covid', '2018', 'km105', 'tieengsvieetj', 'internet']) assert.equal(fromInputMethod(word), null, word);
});

test('a text converts word by word, and only when some word changed', () => {
  assert.equal(fromInputMethodText('tieengs vieetj nam'), 'tiếng việt nam');
  assert.equal(fromInputMethodText('Ha Noi'), null);
  assert.equal(fromInputMethodText('giá cà phê'), null);
});
