import { Type } from '@sinclair/typebox';

/**
 * Reading the fields of a request after its schema has checked them: a field is text, or several
 * texts when it was sent more than once (urlencoded forms, repeated query parameters). One rule for
 * every route, the reading site's and the newsroom's alike. The schemas below carry their static
 * type, so a handler typed with one (`Static<typeof SCHEMA>`) reads only the fields its route declares.
 */

/** One field: text, or several texts when it is sent more than once (checkbox groups, repeated parameters). */
const FIELD = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } as const;

/** The values of the named fields as Fastify hands them to a handler. */
export type Fields<N extends string> = Partial<Record<N, string | string[]>>;

function fieldsObject(names: readonly string[]) {
  return { type: 'object', properties: Object.fromEntries(names.map((name) => [name, FIELD])) };
}

/** A form body (urlencoded, or the same fields as JSON); an empty body reads as no fields. */
export function bodyFields<const N extends string>(...names: N[]) {
  return Type.Unsafe<Fields<N> | null>({ ...fieldsObject(names), nullable: true });
}

/** The query string's fields a page reads. */
export function queryFields<const N extends string>(...names: N[]) {
  return Type.Unsafe<Fields<N>>(fieldsObject(names));
}

/** A field's text: the value, or the first of a repeated field; '' when absent or not text. */
export function textOf(value: unknown): string {
  if (Array.isArray(value)) return textOf(value[0]);
  return typeof value === 'string' ? value : '';
}

/** Every text of a field: one for a field sent once, each of a repeated one (checked checkboxes). */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A positive whole number (an id, a version, a page number) from a URL segment, a form or query
 * field, or a JSON number; surrounding spaces are allowed. Null for anything else, so a handler
 * answers a non-id as it answers an id that does not exist.
 */
export function positiveId(value: unknown): number | null {
  const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^\d{1,12}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
