import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentChanged, PageTags } from '../../cache/changes.js';
import { getSetting, setSetting } from '../../content/settings.js';
import { BUILT_IN_EQUIVALENTS, EQUIVALENTS_SETTING, equivalentsProblem, parseEquivalents } from '../../search/equivalents.js';
import { adminContext, sendAdminPage } from '../context.js';
import { textOf } from '../../request-fields.js';
import { routeOf } from '../paths.js';
import { formBody, queryFields } from '../schemas.js';
import { DICTIONARY_PAGE, SearchDictionaryPage } from '../pages/search-dictionary.js';

/** /admin/tu-dien: the newsroom's own search equivalents (search/equivalents.ts), read at query time. */

const PAGE_QUERY = queryFields('xong');
const DICTIONARY_BODY = formBody('equivalents');

function sendPage(request: FastifyRequest, reply: FastifyReply, text: string, options: { error?: string; saved?: boolean } = {}) {
  const page = (
    <SearchDictionaryPage
      ctx={adminContext(request, reply)}
      text={text}
      builtIn={parseEquivalents(BUILT_IN_EQUIVALENTS)}
      error={options.error}
      flash={options.saved ? { kind: 'ok', text: 'Đã lưu từ điển; tìm kiếm áp dụng ngay.' } : null}
    />
  );
  return sendAdminPage(reply, page, options.error ? 400 : 200);
}

export async function searchDictionaryRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const config = { permission: 'search.dictionary' } as const;

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(DICTIONARY_PAGE), { config, schema: { querystring: PAGE_QUERY } }, async (request, reply) =>
    sendPage(request, reply, (await getSetting(db, EQUIVALENTS_SETTING)) ?? '', { saved: textOf(request.query.xong) === '1' }),
  );

  app.post<{ Body: Static<typeof DICTIONARY_BODY> }>(routeOf(DICTIONARY_PAGE), { config, schema: { body: DICTIONARY_BODY } }, async (request, reply) => {
    const text = textOf(request.body?.equivalents).replace(/\r\n?/g, '\n');
    const error = equivalentsProblem(text);
    if (error) return sendPage(request, reply, text, { error });
    await setSetting(db, EQUIVALENTS_SETTING, text.trim());
    app.searchEngine.forgetEquivalents();
    await contentChanged(db, [PageTags.search]);
    return reply.redirect(`${DICTIONARY_PAGE}?xong=1`, 303);
  });
}
