import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getSetting, setSetting } from '../../content/settings.js';
import { BUILT_IN_EQUIVALENTS, EQUIVALENTS_SETTING, equivalentsProblem, parseEquivalents } from '../../search/equivalents.js';
import { adminContext, sendAdminPage } from '../context.js';
import { formField, queryField } from '../form-fields.js';
import { routeOf } from '../paths.js';
import { formBody, queryFields } from '../schemas.js';
import { DICTIONARY_PAGE, SearchDictionaryPage } from '../pages/search-dictionary.js';

/** /admin/tu-dien: the newsroom's own search equivalents (search/equivalents.ts), read at query time. */

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

  app.get(routeOf(DICTIONARY_PAGE), { config, schema: { querystring: queryFields('xong') } }, async (request, reply) =>
    sendPage(request, reply, (await getSetting(db, EQUIVALENTS_SETTING)) ?? '', { saved: queryField(request, 'xong') === '1' }),
  );

  app.post(routeOf(DICTIONARY_PAGE), { config, schema: { body: formBody('equivalents') } }, async (request, reply) => {
    const text = formField(request, 'equivalents').replace(/\r\n?/g, '\n');
    const error = equivalentsProblem(text);
    if (error) return sendPage(request, reply, text, { error });
    await setSetting(db, EQUIVALENTS_SETTING, text.trim());
    app.searchEngine.forgetEquivalents();
    return reply.redirect(`${DICTIONARY_PAGE}?xong=1`, 303);
  });
}
