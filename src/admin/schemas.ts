import { Type, type Static } from '@sinclair/typebox';
import { ARTICLE_FORM_FIELDS } from './article-fields.js';

/**
 * Input schemas of the newsroom's routes. Fastify validates every request against them before a
 * handler runs; what fails gets the newsroom's 400 page and changes nothing. Fields are text: the
 * handlers turn them into numbers and choices with their own Vietnamese messages, so the schemas
 * say which fields a route reads and that each is text (or a list of texts), no more. Each schema
 * carries its static type (`Static<typeof SCHEMA>`), so a handler typed with it reads only the
 * fields its route declares.
 */

/** One field: text, or several texts when it is sent more than once (checkbox groups). */
const FIELD = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } as const;

/** The values of the named fields as Fastify hands them to a handler. */
export type Fields<N extends string> = Partial<Record<N, string | string[]>>;

function fieldsObject(names: readonly string[]) {
  return { type: 'object', properties: Object.fromEntries(names.map((name) => [name, FIELD])) };
}

/** A form body (urlencoded, or the same fields as JSON) with its CSRF field; an empty body reads as no fields. */
export function formBody<const N extends string>(...names: N[]) {
  return Type.Unsafe<Fields<N | '_csrf'> | null>({ ...fieldsObject([...names, '_csrf']), nullable: true });
}

/** The query string's fields a page reads. */
export function queryFields<const N extends string>(...names: N[]) {
  return Type.Unsafe<Fields<N>>(fieldsObject(names));
}

/** `:id` (and more) in the URL: checked by the handlers, which answer 404 for ids that are not ids. */
export function pathParams<const N extends string>(...names: N[]) {
  return Type.Unsafe<Record<N, string>>({
    type: 'object',
    required: names,
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string', maxLength: 100 }])),
  });
}

export const ID_PARAMS = pathParams('id');
export type IdParams = Static<typeof ID_PARAMS>;

/** The article editor's fields and the version its text was based on (form and autosave alike). */
export const ARTICLE_BODY = formBody(...ARTICLE_FORM_FIELDS, 'version');
