import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addSection,
  deleteSection,
  parentChoices,
  reorderSection,
  SectionInputError,
  setSectionInMenu,
  siblingIndex,
  updateSection,
  type SectionErrors,
  type SectionForm,
} from '../../content/section-admin.js';
import { listSections } from '../../content/sections.js';
import type { Section } from '../../db/schema.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf } from '../../request-fields.js';
import type { Flash } from '../pages/admin-notice.js';
import { sendNotice } from '../pages/notice.js';
import { EMPTY_SECTION_FORM, SectionEditPage, SectionsPage, type SectionFormValues } from '../pages/sections.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/** /admin/chuyen-muc: the administrator's section tree. Every change redirects back with a result code. */

const LIST = '/admin/chuyen-muc';
const config = { permission: 'sections.manage' } as const;
const SECTION_BODY = formBody('name', 'slug', 'parent_id', 'description', 'in_menu');
const RESULT_QUERY = queryFields('xong');
const ORDER_BODY = formBody('huong', 'vi_tri');
const MENU_BODY = formBody('hien');
const DELETE_BODY = formBody();
type SectionRequest = FastifyRequest<{ Params: IdParams }>;

/** Results after a redirect, by code: no person-written text travels in the URL. */
const DONE: Record<string, string> = {
  'da-them': 'Đã thêm chuyên mục.',
  'da-luu': 'Đã lưu chuyên mục. Địa chỉ các chuyên mục con và bài viết đổi theo nếu đường dẫn thay đổi.',
  'da-xep': 'Đã đổi thứ tự.',
  'da-an': 'Đã ẩn chuyên mục khỏi thanh chuyên mục.',
  'da-hien': 'Đã hiện chuyên mục trên thanh chuyên mục.',
  'da-xoa': 'Đã xóa chuyên mục.',
};

function flashFrom(query: Static<typeof RESULT_QUERY>): Flash | null {
  const text = DONE[textOf(query.xong)];
  return text ? { kind: 'ok', text } : null;
}

function formValues(body: Static<typeof SECTION_BODY>): SectionFormValues {
  const form = body ?? {};
  return {
    name: textOf(form.name),
    slug: textOf(form.slug),
    parentId: textOf(form.parent_id),
    description: textOf(form.description),
    inMenu: textOf(form.in_menu) === '1',
  };
}

function valuesOf(section: Section): SectionFormValues {
  return {
    name: section.name,
    slug: section.slug,
    parentId: section.parent_id === null ? '' : String(section.parent_id),
    description: section.description,
    inMenu: section.in_menu === 1,
  };
}

/** The form as the model wants it; a parent that is not a number is reported like a missing one. */
function toSectionForm(values: SectionFormValues): SectionForm | SectionErrors {
  const parentId = values.parentId === '' ? null : positiveId(values.parentId);
  if (values.parentId !== '' && parentId === null) return { parent: 'Chuyên mục cha không tồn tại.' };
  return { name: values.name, slug: values.slug, parentId, description: values.description, inMenu: values.inMenu };
}

function isForm(value: SectionForm | SectionErrors): value is SectionForm {
  return 'inMenu' in value;
}

interface PageOptions {
  form?: SectionFormValues;
  errors?: SectionErrors;
  status?: number;
  /** The result of the change that redirected here (GET pages only). */
  flash?: Flash | null;
}

async function sendList(request: FastifyRequest, reply: FastifyReply, options: PageOptions = {}) {
  const sections = await listSections(request.server.db.kysely);
  const page = (
    <SectionsPage
      ctx={adminContext(request, reply)}
      sections={sections}
      parents={parentChoices(sections, null)}
      form={options.form ?? EMPTY_SECTION_FORM}
      errors={options.errors}
      flash={options.flash ?? null}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

async function loadSection(request: SectionRequest, reply: FastifyReply): Promise<{ section: Section; sections: Section[] } | null> {
  const id = positiveId(request.params.id);
  const sections = await listSections(request.server.db.kysely);
  const section = sections.find((s) => s.id === id);
  if (section) return { section, sections };
  await sendNotice(request, reply, 404, 'Không tìm thấy', 'Không có chuyên mục này.', [{ href: LIST, label: 'Về danh sách chuyên mục' }]);
  return null;
}

async function sendEdit(request: FastifyRequest, reply: FastifyReply, section: Section, sections: Section[], options: PageOptions = {}) {
  const page = (
    <SectionEditPage
      ctx={adminContext(request, reply)}
      section={section}
      position={siblingIndex(sections, section)}
      parents={parentChoices(sections, section.id)}
      form={options.form ?? valuesOf(section)}
      errors={options.errors}
      flash={options.flash ?? null}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

export async function sectionRoutes(app: FastifyInstance) {
  const db = app.db.kysely;

  app.get<{ Querystring: Static<typeof RESULT_QUERY> }>(routeOf(LIST), { config, schema: { querystring: RESULT_QUERY } }, (request, reply) =>
    sendList(request, reply, { flash: flashFrom(request.query) }),
  );

  app.post<{ Body: Static<typeof SECTION_BODY> }>(routeOf(LIST), { config, schema: { body: SECTION_BODY } }, async (request, reply) => {
    const values = formValues(request.body);
    const form = toSectionForm(values);
    if (!isForm(form)) return sendList(request, reply, { form: values, errors: form, status: 400 });
    try {
      await addSection(db, form);
    } catch (error) {
      if (!(error instanceof SectionInputError)) throw error;
      return sendList(request, reply, { form: values, errors: error.errors, status: 400 });
    }
    return reply.redirect(`${LIST}?xong=da-them`, 303);
  });

  app.get<{ Params: IdParams; Querystring: Static<typeof RESULT_QUERY> }>(
    routeOf(`${LIST}/:id`),
    { config, schema: { params: ID_PARAMS, querystring: RESULT_QUERY } },
    async (request, reply) => {
      const found = await loadSection(request, reply);
      return found ? sendEdit(request, reply, found.section, found.sections, { flash: flashFrom(request.query) }) : reply;
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof SECTION_BODY> }>(
    routeOf(`${LIST}/:id`),
    { config, schema: { params: ID_PARAMS, body: SECTION_BODY } },
    async (request, reply) => {
      const found = await loadSection(request, reply);
      if (!found) return reply;
      const values = formValues(request.body);
      const form = toSectionForm(values);
      if (!isForm(form)) return sendEdit(request, reply, found.section, found.sections, { form: values, errors: form, status: 400 });
      try {
        await updateSection(db, found.section.id, form);
      } catch (error) {
        if (!(error instanceof SectionInputError)) throw error;
        return sendEdit(request, reply, found.section, found.sections, { form: values, errors: error.errors, status: 400 });
      }
      return reply.redirect(`${LIST}/${found.section.id}?xong=da-luu`, 303);
    },
  );

  // Up/down buttons on the list send `huong`; the edit page sends a position number `vi_tri`.
  app.post<{ Params: IdParams; Body: Static<typeof ORDER_BODY> }>(
    routeOf(`${LIST}/:id/thu-tu`),
    { config, schema: { params: ID_PARAMS, body: ORDER_BODY } },
    async (request, reply) => {
      const found = await loadSection(request, reply);
      if (!found) return reply;
      const { index, count } = siblingIndex(found.sections, found.section);
      const direction = textOf(request.body?.huong);
      const typed = textOf(request.body?.vi_tri).trim();
      const target = direction === 'len' ? index - 1 : direction === 'xuong' ? index + 1 : /^\d{1,4}$/.test(typed) ? Number(typed) : NaN;
      if (!(target >= 1 && target <= count)) {
        const errors = { form: `Vị trí không hợp lệ: hãy nhập một số từ 1 đến ${count}. Thứ tự chưa thay đổi.` };
        return direction ? sendList(request, reply, { errors, status: 400 }) : sendEdit(request, reply, found.section, found.sections, { errors, status: 400 });
      }
      await reorderSection(db, found.section.id, target);
      return reply.redirect(direction ? `${LIST}?xong=da-xep` : `${LIST}/${found.section.id}?xong=da-xep`, 303);
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof MENU_BODY> }>(
    routeOf(`${LIST}/:id/menu`),
    { config, schema: { params: ID_PARAMS, body: MENU_BODY } },
    async (request, reply) => {
      const found = await loadSection(request, reply);
      if (!found) return reply;
      const show = textOf(request.body?.hien);
      if (show !== '0' && show !== '1') return sendList(request, reply, { errors: { form: 'Yêu cầu không hợp lệ.' }, status: 400 });
      await setSectionInMenu(db, found.section.id, show === '1');
      return reply.redirect(`${LIST}?xong=${show === '1' ? 'da-hien' : 'da-an'}`, 303);
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof DELETE_BODY> }>(
    routeOf(`${LIST}/:id/xoa`),
    { config, schema: { params: ID_PARAMS, body: DELETE_BODY } },
    async (request, reply) => {
      const found = await loadSection(request, reply);
      if (!found) return reply;
      try {
        await deleteSection(db, found.section.id);
      } catch (error) {
        if (!(error instanceof SectionInputError)) throw error;
        return sendList(request, reply, { errors: error.errors, status: 409 });
      }
      return reply.redirect(`${LIST}?xong=da-xoa`, 303);
    },
  );
}
