import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RoyaltyStage } from '../../db/schema.js';
import { currentUser } from '../../newsroom/auth.js';
import { PERMISSIONS } from '../../newsroom/permissions.js';
import { STATUS_NAMES } from '../../newsroom/workflow.js';
import { articleAmount, formatCoefficient, formatShare, splitByShares, unitValueOn } from '../../royalties/arithmetic.js';
import {
  approveRoyalty,
  articleRoyalty,
  personKey,
  personOptions,
  proposeRoyalty,
  rejectProposal,
  royaltyAuditTrail,
  withdrawRoyalty,
  type Royalty,
  type RoyaltyInput,
} from '../../royalties/article-royalty.js';
import { listGenres, listKinds, listUnitValues, RoyaltyInputError } from '../../royalties/settings.js';
import { localDateKey } from '../../vi/index.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf } from '../../request-fields.js';
import type { Flash } from '../pages/admin-notice.js';
import { ArticleRoyaltyPage } from '../pages/article-royalty.js';
import { sendNotice } from '../pages/notice.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/** The article's royalty panel, its own screen linked from the article screen. */

const MAX_ROWS = 12;
const DONE: Record<string, string> = {
  'de-xuat': 'Đã gửi đề xuất nhuận bút cho Tổng biên tập.',
  duyet: 'Đã duyệt nhuận bút.',
  'khong-duyet': 'Đã không duyệt đề xuất.',
  huy: 'Đã hủy nhuận bút của bài.',
};
const PAGE_QUERY = queryFields('xong');
const SHARE_FIELDS = Array.from({ length: MAX_ROWS }, (_, i) => [`person_${i}`, `kind_${i}`, `share_${i}`] as const).flat();
const ROYALTY_BODY = formBody('buoc', 'genre', 'coefficient', 'note', ...SHARE_FIELDS);
const DECISION_BODY = formBody('ly_do');
type ArticleRequest = FastifyRequest<{ Params: IdParams }>;

function formFromRoyalty(royalty: Royalty): RoyaltyInput {
  return {
    genre: String(royalty.genreId),
    coefficient: formatCoefficient(royalty.coefficient),
    note: royalty.note,
    shares: royalty.shares.map((s) => ({ person: personKey(s.userId, s.contributorId), kind: String(s.kindId), share: formatShare(s.share).replace('%', '') })),
  };
}

function formFromBody(body: Static<typeof ROYALTY_BODY>): RoyaltyInput {
  const form = body ?? {};
  const shares = [];
  for (let i = 0; i < MAX_ROWS; i++) shares.push({ person: textOf(form[`person_${i}`]), kind: textOf(form[`kind_${i}`]), share: textOf(form[`share_${i}`]) });
  return { genre: textOf(form.genre), coefficient: textOf(form.coefficient), note: textOf(form.note), shares };
}

async function loadArticle(request: ArticleRequest) {
  const id = positiveId(request.params.id);
  const article =
    id === null
      ? undefined
      : await request.server.db.kysely
          .selectFrom('articles')
          .select(['id', 'title', 'status', 'published_at', 'author_id'])
          .where('id', '=', id)
          .executeTakeFirst();
  return article && article.status !== 'trash' ? article : undefined;
}

async function sendPage(request: ArticleRequest, reply: FastifyReply, options: { form?: RoyaltyInput; flash?: Flash | null; status?: number } = {}) {
  const app = request.server;
  const db = app.db.kysely;
  const article = await loadArticle(request);
  if (!article)
    return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy bài viết.', [{ href: '/admin/bai-viet', label: 'Về danh sách bài viết' }]);
  const [royalty, genres, kinds, people, values, audit] = await Promise.all([
    articleRoyalty(db, article.id),
    listGenres(db),
    listKinds(db),
    personOptions(db),
    listUnitValues(db),
    royaltyAuditTrail(db, article.id),
  ]);
  const day = localDateKey(article.published_at ? new Date(article.published_at) : new Date(), app.config.timeZone);
  const unitValue = unitValueOn(values, day)?.value ?? 0;
  const amounts: Partial<Record<RoyaltyStage, { unitValue: number; total: number; parts: number[] }>> = {};
  for (const stage of ['approved', 'proposed'] as const) {
    const r = royalty[stage];
    if (!r) continue;
    const total = articleAmount(r.coefficient, unitValue);
    amounts[stage] = {
      unitValue,
      total,
      parts: splitByShares(
        total,
        r.shares.map((s) => s.share),
      ),
    };
  }
  const writing = kinds.find((k) => k.active);
  const fallback: RoyaltyInput = {
    genre: '',
    coefficient: '',
    note: '',
    shares: article.author_id && writing ? [{ person: personKey(article.author_id, null), kind: String(writing.id), share: '100' }] : [],
  };
  const existing = royalty.proposed ?? royalty.approved;
  const role = currentUser(request).role;
  const page = (
    <ArticleRoyaltyPage
      ctx={adminContext(request, reply)}
      timeZone={app.config.timeZone}
      article={{ id: article.id, title: article.title, published_at: article.published_at, statusName: STATUS_NAMES[article.status] }}
      royalty={royalty}
      amounts={amounts}
      genres={genres}
      kinds={kinds}
      people={people}
      form={options.form ?? (existing ? formFromRoyalty(existing) : fallback)}
      canPropose={PERMISSIONS['royalty.propose'].includes(role)}
      canDecide={PERMISSIONS['royalty.decide'].includes(role)}
      audit={audit}
      flash={options.flash}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

export async function articleRoyaltyRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const path = routeOf('/admin/bai-viet/:id/nhuan-but');
  const viewers = { config: { permission: 'royalty.propose' } } as const;
  const deciders = { config: { permission: 'royalty.decide' }, schema: { params: ID_PARAMS, body: DECISION_BODY } } as const;
  const form = { ...viewers, schema: { params: ID_PARAMS, body: ROYALTY_BODY } };
  type Decision = { Params: IdParams; Body: Static<typeof DECISION_BODY> };

  async function run(request: ArticleRequest, reply: FastifyReply, done: string, change: (articleId: number) => Promise<void>, form?: RoyaltyInput) {
    const article = await loadArticle(request);
    if (!article) return sendPage(request, reply);
    try {
      await change(article.id);
    } catch (error) {
      if (!(error instanceof RoyaltyInputError)) throw error;
      return sendPage(request, reply, { form, flash: { kind: 'error', text: `Chưa lưu: ${error.message}` }, status: 400 });
    }
    return reply.redirect(`/admin/bai-viet/${article.id}/nhuan-but?xong=${done}`, 303);
  }

  app.get<{ Params: IdParams; Querystring: Static<typeof PAGE_QUERY> }>(
    path,
    { ...viewers, schema: { params: ID_PARAMS, querystring: PAGE_QUERY } },
    (request, reply) => {
      const done = textOf(request.query.xong);
      const text = DONE[done];
      return sendPage(request, reply, { flash: text && Object.hasOwn(DONE, done) ? { kind: 'ok', text } : null });
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof ROYALTY_BODY> }>(path, form, async (request, reply) => {
    const user = currentUser(request);
    const step = textOf(request.body?.buoc);
    const form = formFromBody(request.body);
    if (step === 'duyet') {
      if (!PERMISSIONS['royalty.decide'].includes(user.role)) {
        return sendNotice(request, reply, 403, 'Không có quyền', 'Việc này chỉ dành cho: Tổng biên tập. Thư ký tòa soạn gửi đề xuất.');
      }
      return run(request, reply, 'duyet', (id) => approveRoyalty(db, user, id, form), form);
    }
    if (step === 'de-xuat') return run(request, reply, 'de-xuat', (id) => proposeRoyalty(db, user, id, form), form);
    return sendPage(request, reply, { form, flash: { kind: 'error', text: 'Yêu cầu không hợp lệ.' }, status: 400 });
  });

  app.post<Decision>(`${path}/khong-duyet`, deciders, (request, reply) =>
    run(request, reply, 'khong-duyet', (id) => rejectProposal(db, currentUser(request), id, textOf(request.body?.ly_do))),
  );
  app.post<Decision>(`${path}/huy`, deciders, (request, reply) =>
    run(request, reply, 'huy', (id) => withdrawRoyalty(db, currentUser(request), id, textOf(request.body?.ly_do))),
  );
}
