import type { Kysely } from 'kysely';
import type { BannedWord, Database } from '../db/schema.js';
import { fold } from '../vi/index.js';

/**
 * The banned-word list. Readers write with or without diacritics and moderators type the list the
 * same way, so both sides are reduced to one key: folded (no marks, đ → d, lowercase) with every
 * run of non-letters turned into one space. A word matches when its key appears in the comment's key
 * between spaces, that is as whole words: "ngu" holds "đồ ngu" and "do ngu" but not "Nguyễn".
 */

export const WORD_MAX = 100;

export function bannedKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The entries of `words` found in `text` as whole words or phrases. */
export function findBannedWords<W extends Pick<BannedWord, 'folded'>>(text: string, words: W[]): W[] {
  const haystack = ` ${bannedKey(text)} `;
  return words.filter((w) => w.folded !== '' && haystack.includes(` ${w.folded} `));
}

export function holdReason(found: Pick<BannedWord, 'word'>[]): string | null {
  return found.length === 0 ? null : `Chứa từ cấm: ${found.map((w) => w.word).join(', ')}`;
}

export function listBannedWords(db: Kysely<Database>): Promise<BannedWord[]> {
  return db.selectFrom('banned_words').selectAll().orderBy('folded').execute();
}

/** Why a comment (its name and text, each matched on its own) must wait for a moderator, or null. */
export async function holdReasonFor(db: Kysely<Database>, ...texts: string[]): Promise<string | null> {
  const words = await db.selectFrom('banned_words').select(['word', 'folded']).orderBy('folded').execute();
  if (words.length === 0) return null;
  const found = new Set(texts.flatMap((text) => findBannedWords(text, words)));
  return holdReason(words.filter((w) => found.has(w)));
}

export type AddResult = { ok: true; word: BannedWord } | { ok: false; error: string };

export async function addBannedWord(db: Kysely<Database>, input: string, userId: number | null): Promise<AddResult> {
  const word = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = bannedKey(word);
  if (!word) return { ok: false, error: 'Vui lòng nhập từ cần cấm.' };
  if ([...word].length > WORD_MAX) return { ok: false, error: `Từ cấm dài quá ${WORD_MAX} ký tự.` };
  if (!folded) return { ok: false, error: 'Từ cấm cần có ít nhất một chữ cái hoặc chữ số.' };
  // ON CONFLICT rather than look-then-insert: two moderators adding one word at once get one row.
  const row = await db
    .insertInto('banned_words')
    .values({ word, folded, created_by: userId, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('folded').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (row) return { ok: true, word: row };
  const existing = await db.selectFrom('banned_words').select('word').where('folded', '=', folded).executeTakeFirst();
  return { ok: false, error: `Từ "${word}" đã có trong danh sách${existing ? ` (là "${existing.word}")` : ''}, không thêm lần nữa.` };
}

/** The removed entry, or undefined when there was none with this id. */
export async function removeBannedWord(db: Kysely<Database>, id: number): Promise<BannedWord | undefined> {
  return db.deleteFrom('banned_words').where('id', '=', id).returningAll().executeTakeFirst();
}
