import { contentChanged, PageTags } from '../cache/changes.js';
import type { Kysely } from 'kysely';
import { isLive } from '../content/articles.js';
import type { Database, Image } from '../db/schema.js';
import { HttpError } from '../http-error.js';
import { updateImageText, type ImageText } from '../media/library.js';
import { PERMISSIONS, type Actor } from './permissions.js';
import { writeAudit } from './workflow.js';

/**
 * The alt text, caption and credit of a library image are shared: every live article whose
 * featured image it is shows them (the alt always, caption and credit where the article has none
 * of its own). So they may be changed only by the person who uploaded the image and by editors and
 * above, and a change that alters what a live article shows is written to that article's audit trail.
 */

const EDITORS_AND_ABOVE = PERMISSIONS['article.forward'];

export function mayEditImageText(actor: Pick<Actor, 'id' | 'role'>, image: Pick<Image, 'uploaded_by'>): boolean {
  return image.uploaded_by === actor.id || EDITORS_AND_ABOVE.includes(actor.role);
}

const FIELD_NAMES: Record<keyof ImageText, string> = { alt: 'mô tả ảnh (alt)', caption: 'chú thích', credit: 'nguồn ảnh' };

function quoted(text: string): string {
  return `“${text.length > 200 ? `${text.slice(0, 200)}…` : text}”`;
}

/** The fields a live article featuring the image actually shows from the library. */
function shownChanges(before: ImageText, after: ImageText, article: { featured_caption: string; featured_credit: string }): (keyof ImageText)[] {
  const shown: (keyof ImageText)[] = ['alt'];
  if (!article.featured_caption) shown.push('caption');
  if (!article.featured_credit) shown.push('credit');
  return shown.filter((field) => before[field] !== after[field]);
}

export async function changeImageText(
  db: Kysely<Database>,
  actor: Pick<Actor, 'id' | 'role'>,
  image: Image,
  text: ImageText,
  now = new Date(),
): Promise<Image> {
  if (!mayEditImageText(actor, image)) throw new HttpError(403, 'Chỉ người tải ảnh lên và biên tập viên trở lên được sửa thông tin ảnh này.');
  const updated = await db.transaction().execute(async (trx) => {
    const changed = await updateImageText(trx, image, text);
    const live = await trx
      .selectFrom('articles')
      .select(['id', 'status', 'featured_caption', 'featured_credit'])
      .where('featured_image_id', '=', image.id)
      .where((eb) => isLive(eb, now.toISOString()))
      .execute();
    for (const article of live) {
      const changed = shownChanges(image, text, article);
      if (changed.length === 0) continue;
      const note = `Ảnh #${image.id} trong thư viện: ${changed.map((f) => `${FIELD_NAMES[f]} ${quoted(image[f])} → ${quoted(text[f])}`).join('; ')}`;
      await writeAudit(trx, {
        articleId: article.id,
        userId: actor.id,
        role: actor.role,
        action: 'media_text',
        from: article.status,
        to: article.status,
        note,
        at: now,
      });
    }
    return changed;
  });
  // The alt text is in every <img> of the picture on the reading site: purged once committed.
  await contentChanged(db, [PageTags.image(image.id)]);
  return updated;
}
