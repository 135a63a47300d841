import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Article } from '../../db/schema.js';
import { articleBlocks, paragraphDiff, wordDiff, type DiffParagraph } from '../../newsroom/diff.js';
import { mergeBody, mergeRows, type MergeSide } from '../../newsroom/merge.js';
import { mayEdit } from '../../newsroom/permissions.js';
import { latestContent } from '../../newsroom/working-copy.js';
import { ARTICLE_FORM_FIELDS } from '../article-fields.js';
import { formFromBody, formFromContent, type ArticleForm, type FormField } from '../article-input.js';
import { positiveId } from '../../request-fields.js';
import { TAKE_SAVED, type ConflictFieldView, type ConflictRowView, type ConflictView } from '../pages/conflict-panel.js';
import { articleAdminPath } from '../pages/article-parts.js';
import { formBody, ID_PARAMS, type IdParams } from '../schemas.js';
import { articleFromParams, asker, facts, requireView, sendArticlePage } from './article-shared.js';

/** The merge view after a version conflict, and the route that applies the person's choices. */

const LABELS: Record<FormField, string> = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn',
  lead: 'Sapo',
  body_html: 'Nội dung',
  section_id: 'Chuyên mục',
  tags: 'Chủ đề',
  byline: 'Bút danh',
  featured_image_id: 'Ảnh đại diện (mã ảnh)',
  featured_caption: 'Chú thích ảnh',
  featured_credit: 'Nguồn ảnh',
  seo_title: 'Tiêu đề SEO',
  seo_description: 'Mô tả SEO',
};

/** Whole-body budget for the word differences shown in the rows; past it rows are shown without them. */
const VIEW_BUDGET_MS = 60;

/** One side of a diff: the saved side keeps what is shared and removed, the person's what is shared and added. */
function side(paragraphs: DiffParagraph[], keep: 'removed' | 'added'): DiffParagraph[] {
  return paragraphs.map((p) => p.filter((part) => part.kind === 'same' || part.kind === keep)).filter((p) => p.length > 0);
}

function bodyView(savedHtml: string, mineHtml: string): ConflictRowView[] {
  const deadline = performance.now() + VIEW_BUDGET_MS;
  let index = 0;
  return mergeRows(savedHtml, mineHtml).map((row): ConflictRowView => {
    if (row.kind === 'same') return { kind: 'same', lines: articleBlocks(row.html) };
    const paragraphs = paragraphDiff(articleBlocks(row.saved), articleBlocks(row.mine), Math.max(0, deadline - performance.now()));
    return { kind: 'differ', index: index++, saved: side(paragraphs, 'removed'), mine: side(paragraphs, 'added') };
  });
}

/** What a field reads as: the section's name rather than its number. */
async function shown(request: FastifyRequest, field: FormField, value: string): Promise<string> {
  if (field !== 'section_id' || !/^\d{1,12}$/.test(value)) return value;
  const section = await request.server.db.kysely.selectFrom('sections').select('name').where('id', '=', Number(value)).executeTakeFirst();
  return section?.name ?? value;
}

/** The form's text against the saved version's, for the merge panel; null when nothing differs. */
export async function conflictView(request: FastifyRequest, form: ArticleForm, current: Article): Promise<ConflictView | null> {
  const saved = formFromContent(await latestContent(request.server.db.kysely, current));
  const fields: ConflictFieldView[] = [];
  for (const name of ARTICLE_FORM_FIELDS) {
    if (name === 'body_html' || saved[name] === form[name]) continue;
    const parts = wordDiff(await shown(request, name, saved[name]), await shown(request, name, form[name]));
    fields.push({ name, label: LABELS[name], saved: parts.filter((p) => p.kind !== 'added'), mine: parts.filter((p) => p.kind !== 'removed') });
  }
  const body = saved.body_html === form.body_html ? [] : bodyView(saved.body_html, form.body_html);
  if (fields.length === 0 && !body.some((row) => row.kind === 'differ')) return null;
  return { version: current.version, fields, body, mergePath: articleAdminPath(current.id, '/ghep') };
}

/** The choices: `chon-<field>` and `chon-doan-<n>`, each "cua-ban" or "ban-luu". */
const CHOICE = { type: 'string', maxLength: 10 } as const;
const MERGE_FIELDS = formBody(...ARTICLE_FORM_FIELDS, 'version', 'ban-luu');
type MergeChoices = Partial<Record<`chon-${string}`, string>>;
const MERGE_BODY = Type.Unsafe<(NonNullable<Static<typeof MERGE_FIELDS>> & MergeChoices) | null>({
  ...MERGE_FIELDS,
  patternProperties: { '^chon-(?:doan-\\d{1,5}|[a-z_]{1,40})$': CHOICE },
  // A body of the largest size has at most a few thousand blocks: far more fields is not a form of ours.
  maxProperties: 10_000,
});

async function postMerge(request: FastifyRequest<{ Params: IdParams; Body: Static<typeof MERGE_BODY> }>, reply: FastifyReply) {
  const who = await asker(request);
  const article = await articleFromParams(request);
  const body = request.body ?? {};
  const mine = formFromBody(body);
  if (!mayEdit(who.actor, facts(article), who.policy)) {
    requireView(who.actor, article);
    const notice = { kind: 'error' as const, text: 'Bạn không được sửa bài này ở trạng thái hiện tại. Nội dung bạn gửi chưa được lưu.' };
    return sendArticlePage(request, reply, who, article, { status: 403, notice, kept: mine });
  }
  if (positiveId(body['ban-luu']) !== article.version) {
    // Saved again since the choices were shown: they were made against other rows, so they are asked again.
    const notice = { kind: 'error' as const, text: 'Bài vừa được lưu thêm một lần nữa trong lúc bạn chọn. Hãy chọn lại với bản đang lưu mới nhất.' };
    const conflict = (await conflictView(request, mine, article)) ?? undefined;
    return sendArticlePage(request, reply, who, article, { status: 409, form: mine, version: article.version, notice, conflict });
  }
  const saved = formFromContent(await latestContent(request.server.db.kysely, article));
  const choose = (name: string): MergeSide => (body[`chon-${name}`] === TAKE_SAVED ? 'saved' : 'mine');
  const merged = { ...mine };
  for (const name of ARTICLE_FORM_FIELDS) if (name !== 'body_html' && choose(name) === 'saved') merged[name] = saved[name];
  merged.body_html = mergeBody(mergeRows(saved.body_html, mine.body_html), (n) => choose(`doan-${n}`));
  const conflict = (await conflictView(request, merged, article)) ?? undefined;
  const notice = { kind: 'ok' as const, text: 'Đã ghép theo lựa chọn của bạn, chưa lưu. Kiểm tra nội dung trong biểu mẫu rồi bấm Lưu.' };
  return sendArticlePage(request, reply, who, article, { form: merged, version: article.version, notice, conflict });
}

export async function conflictRoutes(app: FastifyInstance) {
  app.post('/bai-viet/:id/ghep', { config: { permission: 'article.edit' }, schema: { params: ID_PARAMS, body: MERGE_BODY } }, postMerge);
}
