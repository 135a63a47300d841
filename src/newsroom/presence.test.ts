import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presenceMessage } from './presence.js';

test('presenceMessage names the others in a Vietnamese sentence', () => {
  assert.equal(presenceMessage([]), '');
  assert.equal(presenceMessage(['Nguyễn Văn A']), 'Nguyễn Văn A đang sửa bài này.');
  assert.equal(presenceMessage(['Nguyễn Văn A', 'Lò Thị Mai']), 'Nguyễn Văn A và Lò Thị Mai đang sửa bài này.');
  assert.equal(presenceMessage(['A', 'B', 'C']), 'A, B và C đang sửa bài này.');
  assert.equal(presenceMessage(['A', 'B', 'C', 'D', 'E', 'F', 'G']), 'A, B, C, D, E và 2 người khác đang sửa bài này.');
});
