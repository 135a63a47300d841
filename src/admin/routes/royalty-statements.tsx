import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser } from '../../newsroom/auth.js';
import { PERMISSIONS } from '../../newsroom/permissions.js';
import { parsePersonKey } from '../../royalties/article-royalty.js';
import { monthOf, monthLabel, isMonthKey } from '../../royalties/months.js';
import { byPerson, bySection, closeMonth, monthStatement, narrow } from '../../royalties/statements.js';
import { RoyaltyInputError } from '../../royalties/settings.js';
import { statementWorkbook } from '../../royalties/xlsx.js';
import { formatHeaderDate } from '../../vi/index.js';
import { renderDocument } from '../../site/render.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf } from '../../request-fields.js';
import { sendNotice } from '../pages/notice.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, pathParams, queryFields, type IdParams } from '../schemas.js';
import { PrintableStatement, StatementPage, type StatementView } from '../pages/royalty-statement.js';

/**
 * /admin/nhuan-but: monthly statements for the paper, per person and per section (managing editor
 * and editor-in-chief), one's own statement (everyone in the newsroom), closing (editor-in-chief),
 * the .xlsx export and the printable sheet.
 */

const BASE = '/admin/nhuan-but';

const STATEMENT_QUERY = queryFields('thang', 'xong', 'nguoi', 'chuyen-muc');
const PERSON_PARAMS = pathParams('key');
const CLOSE_BODY = formBody('thang');
type StatementQuery = { Querystring: Static<typeof STATEMENT_QUERY> };
type StatementRequest = FastifyRequest<StatementQuery>;

type Scope = { kind: 'all' } | { kind: 'person'; key: string } | { kind: 'section'; id: number } | { kind: 'own' };

function monthParam(request: StatementRequest): string | null {
  const month = textOf(request.query.thang);
  if (!month) return monthOf(new Date(), request.server.config.timeZone);
  return isMonthKey(month) ? month : null;
}

/** The scope from the query of the export and print routes (nguoi=u12, chuyen-muc=3, or none). */
function scopeFromQuery(query: Static<typeof STATEMENT_QUERY>): Scope | null {
  const person = textOf(query.nguoi);
  const section = textOf(query['chuyen-muc']);
  if (person) return parsePersonKey(person) ? { kind: 'person', key: person } : null;
  if (section) {
    const id = positiveId(section);
    return id === null ? null : { kind: 'section', id };
  }
  return { kind: 'all' };
}

async function buildView(request: FastifyRequest, month: string, scope: Scope): Promise<StatementView | null> {
  const app = request.server;
  const db = app.db.kysely;
  const user = currentUser(request);
  const full = await monthStatement(db, app.config.timeZone, month);
  const common = { timeZone: app.config.timeZone, canClose: false, printPath: `${BASE}/in`, xlsxPath: `${BASE}/xuat.xlsx` };
  if (scope.kind === 'all') {
    return {
      ...common,
      title: 'Bảng kê nhuận bút toàn báo',
      statement: full,
      path: BASE,
      query: '',
      persons: byPerson(full.lines),
      sections: bySection(full.lines),
      canClose: PERMISSIONS['royalty.decide'].includes(user.role),
    };
  }
  if (scope.kind === 'section') {
    const section = await db.selectFrom('sections').select(['id', 'name']).where('id', '=', scope.id).executeTakeFirst();
    if (!section) return null;
    const statement = narrow(full, (l) => l.sectionId === section.id);
    return {
      ...common,
      title: `Nhuận bút chuyên mục ${section.name}`,
      statement,
      path: `${BASE}/chuyen-muc/${section.id}`,
      query: '',
      persons: byPerson(statement.lines),
    };
  }
  if (scope.kind === 'own') {
    const statement = narrow(full, (l) => l.userId === user.id);
    return {
      ...common,
      title: `Nhuận bút của ${user.display_name}`,
      statement,
      path: `${BASE}/cua-toi`,
      query: '',
      printPath: `${BASE}/cua-toi/in`,
      xlsxPath: undefined,
      own: true,
    };
  }
  const parsed = parsePersonKey(scope.key);
  if (!parsed) return null;
  const user_ = parsed.userId ? await db.selectFrom('users').select('display_name').where('id', '=', parsed.userId).executeTakeFirst() : undefined;
  const contributor = parsed.contributorId
    ? await db.selectFrom('royalty_contributors').select(['name', 'payment_details']).where('id', '=', parsed.contributorId).executeTakeFirst()
    : undefined;
  const name = user_?.display_name ?? contributor?.name;
  if (!name) return null;
  const statement = narrow(full, (l) => l.person === scope.key);
  // Only an outside contributor's payment details are kept here; those who read this page may see them.
  const details = contributor ? contributor.payment_details || 'chưa có' : undefined;
  return { ...common, title: `Nhuận bút của ${name}`, statement, path: `${BASE}/nguoi/${scope.key}`, query: '', paymentDetails: details };
}

async function sendStatement(request: StatementRequest, reply: FastifyReply, scope: Scope) {
  const month = monthParam(request);
  if (!month)
    return sendNotice(request, reply, 400, 'Tháng không hợp lệ', 'Tháng được viết theo dạng 2026-11.', [{ href: BASE, label: 'Về bảng kê tháng này' }]);
  const view = await buildView(request, month, scope);
  if (!view) return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy người hoặc chuyên mục này.', [{ href: BASE, label: 'Về bảng kê' }]);
  const done = textOf(request.query.xong) === 'chot' ? { kind: 'ok' as const, text: `Đã chốt ${monthLabel(month).toLowerCase()}.` } : null;
  return sendAdminPage(reply, <StatementPage ctx={adminContext(request, reply)} view={view} flash={done} />);
}

async function sendPrint(request: StatementRequest, reply: FastifyReply, scope: Scope | null) {
  const month = monthParam(request);
  if (!month || !scope)
    return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Tháng hoặc người hưởng không hợp lệ.', [{ href: BASE, label: 'Về bảng kê' }]);
  const view = await buildView(request, month, scope);
  if (!view) return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy người hoặc chuyên mục này.', [{ href: BASE, label: 'Về bảng kê' }]);
  const app = request.server;
  const page = (
    <PrintableStatement siteName={app.siteInfo.name} cssUrl={app.adminAssets.css} view={view} printedAt={formatHeaderDate(new Date(), app.config.timeZone)} />
  );
  return reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
}

export async function royaltyStatementRoutes(app: FastifyInstance) {
  const readers = { config: { permission: 'royalty.statements' }, schema: { querystring: STATEMENT_QUERY } } as const;
  const own = { config: { permission: 'royalty.own' }, schema: { querystring: STATEMENT_QUERY } } as const;

  app.get<StatementQuery>(routeOf(BASE), readers, (request, reply) => sendStatement(request, reply, { kind: 'all' }));
  app.get<StatementQuery & { Params: Static<typeof PERSON_PARAMS> }>(
    routeOf(`${BASE}/nguoi/:key`),
    { ...readers, schema: { ...readers.schema, params: PERSON_PARAMS } },
    (request, reply) => sendStatement(request, reply, { kind: 'person', key: request.params.key }),
  );
  app.get<StatementQuery & { Params: IdParams }>(
    routeOf(`${BASE}/chuyen-muc/:id`),
    { ...readers, schema: { ...readers.schema, params: ID_PARAMS } },
    (request, reply) => {
      const id = positiveId(request.params.id);
      if (id === null) return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy chuyên mục này.');
      return sendStatement(request, reply, { kind: 'section', id });
    },
  );
  app.get<StatementQuery>(routeOf(`${BASE}/cua-toi`), own, (request, reply) => sendStatement(request, reply, { kind: 'own' }));
  app.get<StatementQuery>(routeOf(`${BASE}/cua-toi/in`), own, (request, reply) => sendPrint(request, reply, { kind: 'own' }));
  app.get<StatementQuery>(routeOf(`${BASE}/in`), readers, (request, reply) => sendPrint(request, reply, scopeFromQuery(request.query)));

  app.get<StatementQuery>(routeOf(`${BASE}/xuat.xlsx`), readers, async (request, reply) => {
    const month = monthParam(request);
    const scope = scopeFromQuery(request.query);
    const view = month && scope ? await buildView(request, month, scope) : null;
    if (!month || !view)
      return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Tháng hoặc người hưởng không hợp lệ.', [{ href: BASE, label: 'Về bảng kê' }]);
    const body = await statementWorkbook(view.statement, view.title);
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', `attachment; filename="nhuan-but-${month}.xlsx"`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(body);
  });

  app.post<{ Body: Static<typeof CLOSE_BODY> }>(
    routeOf(`${BASE}/chot`),
    { config: { permission: 'royalty.decide' }, schema: { body: CLOSE_BODY } },
    async (request, reply) => {
      const month = textOf(request.body?.thang);
      try {
        await closeMonth(app.db.kysely, app.config.timeZone, currentUser(request), month);
      } catch (error) {
        if (!(error instanceof RoyaltyInputError)) throw error;
        return sendNotice(request, reply, 400, 'Chưa chốt được', error.message, [
          { href: isMonthKey(month) ? `${BASE}?thang=${month}` : BASE, label: 'Về bảng kê' },
        ]);
      }
      return reply.redirect(`${BASE}?thang=${month}&xong=chot`, 303);
    },
  );
}
