import { Type, type Static } from '@sinclair/typebox';
import { bodyFields } from '../request-fields.js';
import { ARTICLE_FORM_FIELDS } from './article-fields.js';

/**
 * Input schemas of the newsroom's routes. Fastify validates every request against them before a
 * handler runs; what fails gets the newsroom's 400 page and changes nothing. Fields are text: the
 * handlers turn them into numbers and choices with their own Vietnamese messages, so the schemas
 * say which fields a route reads and that each is text (or a list of texts), no more. Each schema
 * carries its static type (`Static<typeof SCHEMA>`), so a handler typed with it reads only the
 * fields its route declares.
 */

export { queryFields, type Fields } from '../request-fields.js';

/** A form body with its CSRF field (urlencoded, or the same fields as JSON); an empty body reads as no fields. */
export function formBody<const N extends string>(...names: N[]) {
  return bodyFields<N | '_csrf'>(...names, '_csrf');
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
