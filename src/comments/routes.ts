import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findLiveArticle } from '../content/articles.js';
import { articlePath } from '../content/urls.js';
import { renderArticle } from '../site/article-view.js';
import { sendErrorPage } from '../site/errors.js';
import { hashAddress, insertComment, RATE_LIMIT, recentCommentCount, resolveParent, validateComment, type CommentErrors } from './comments.js';
import { notifyCommentsWaiting } from '../newsroom/notifications.js';
import { bodyFields, positiveId, textOf } from '../request-fields.js';
import { holdReasonFor } from './banned-words.js';
import { checkFormToken, tokenExpiry } from './form-token.js';
import { ensureReaderNonce, fromAnotherSite, readerNonce, useFormToken } from './reader-nonce.js';

const TOKEN_MESSAGES = {
  invalid: 'Biểu mẫu không hợp lệ hoặc đã hết hạn. Vui lòng bấm gửi lại.',
  expired: 'Biểu mẫu không hợp lệ hoặc đã hết hạn. Vui lòng bấm gửi lại.',
  'too-fast': 'Bạn gửi quá nhanh. Vui lòng đợi vài giây rồi bấm gửi lại.',
} as const;

/** The article's comment form; `website` is the field only robots fill in. */
const COMMENT_BODY = bodyFields('article_id', 'name', 'email', 'body', 'parent_id', 'website', 'token');
type CommentRequest = FastifyRequest<{ Body: Static<typeof COMMENT_BODY> }>;

/** POST /binh-luan: works from a plain HTML form; errors bring the form back with the reader's text. */
async function postComment(app: FastifyInstance, request: CommentRequest, reply: FastifyReply) {
  const body = request.body ?? {};
  const articleId = positiveId(textOf(body.article_id));
  const detail = articleId === null ? undefined : await findLiveArticle(app.db.kysely, articleId, new Date().toISOString());
  if (!detail) return sendErrorPage(app, request, reply, 404, 'Không thể gửi bình luận: bài viết không tồn tại hoặc đã được gỡ.');

  const input = { name: textOf(body.name), email: textOf(body.email), body: textOf(body.body) };
  const parentField = textOf(body.parent_id);
  const requestedParent = parentField ? positiveId(parentField) : null;
  const refuse = async (status: number, errors: CommentErrors) => {
    app.metrics.comment('refused');
    const { html } = await renderArticle(app, detail, { form: input, errors, replyToId: requestedParent });
    return reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  };

  if (!app.siteSettings.current.commentsEnabled) return refuse(403, { form: 'Tòa soạn đang tạm ngừng nhận bình luận.' });
  if (detail.article.comments_enabled !== 1) return refuse(403, { form: 'Bài viết này không nhận bình luận.' });
  if (textOf(body.website) !== '') return refuse(400, { form: 'Không thể gửi bình luận.' });
  if (fromAnotherSite(request, app.config.siteUrl))
    return refuse(403, { form: 'Không thể gửi bình luận từ trang web khác. Hãy viết bình luận ngay trên trang bài viết.' });
  const tokenText = textOf(body.token);
  const token = checkFormToken(app.secrets.form, tokenText, detail.article.id, app.config.commentMinSeconds);
  if (token !== 'ok') return refuse(400, { form: TOKEN_MESSAGES[token] });
  const nonce = readerNonce(request, app.secrets.form);
  if (!nonce) {
    // No reader cookie yet (images off, or a first visit from a cached page): one is given now,
    // and the form comes back with the reader's text and token, to be sent once more.
    ensureReaderNonce(request, reply, app.secrets.form, app.config.siteUrl.startsWith('https:'));
    const { html } = await renderArticle(app, detail, {
      form: input,
      errors: { form: 'Vui lòng bấm “Gửi bình luận” thêm một lần để xác nhận.' },
      replyToId: requestedParent,
      token: tokenText,
    });
    return reply.status(400).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  }

  const errors = validateComment({ ...input, parentId: requestedParent });
  let parentId: number | null = null;
  if (parentField) {
    parentId = requestedParent === null ? null : await resolveParent(app.db.kysely, detail.article.id, requestedParent);
    if (parentId === null) errors.parent = 'Bình luận bạn muốn trả lời không thuộc bài viết này.';
  }
  if (Object.keys(errors).length > 0) return refuse(400, errors);

  const ipHash = hashAddress(app.secrets.form, request.ip);
  if ((await recentCommentCount(app.db.kysely, ipHash, new Date())) >= RATE_LIMIT.count) {
    return refuse(429, { form: 'Bạn đã gửi nhiều bình luận trong thời gian ngắn. Vui lòng thử lại sau 10 phút.' });
  }
  // Every comment waits for a moderator; a banned word only records why this one deserves a closer look.
  // The reader is told nothing different, so the list cannot be probed by trial and error.
  if (!(await useFormToken(app.db.kysely, tokenText, nonce, tokenExpiry(tokenText)))) {
    return refuse(400, { form: 'Biểu mẫu này đã được gửi. Hãy tải lại trang nếu bạn muốn viết thêm bình luận.' });
  }
  const holdReason = await holdReasonFor(app.db.kysely, input.name, input.body);
  await insertComment(app.db.kysely, { articleId: detail.article.id, parentId, ...input, ipHash, holdReason });
  // The comment is stored: a notice that cannot be written is logged, never the reader's error.
  await notifyCommentsWaiting(app.db.kysely, detail.article, new Date()).catch((error: unknown) =>
    request.log.error({ err: error }, 'comments notice not written'),
  );
  app.metrics.comment('accepted');
  const href = articlePath(detail.section.path, detail.article.slug, detail.article.id);
  return reply.redirect(`${href}?binh-luan=cho-duyet#binh-luan`, 303);
}

export async function commentRoutes(app: FastifyInstance) {
  app.post<{ Body: Static<typeof COMMENT_BODY> }>('/binh-luan', { schema: { body: COMMENT_BODY } }, (request, reply) => postComment(app, request, reply));
}
