import type { FastifyRequest } from 'fastify';

/**
 * Reading urlencoded newsroom forms. @fastify/formbody gives a string for a field sent once and an
 * array for one sent several times (checkbox groups); anything else (JSON, no body) reads as empty.
 */

function body(request: FastifyRequest): Record<string, unknown> {
  const value: unknown = request.body;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The field's value, or its first value when sent several times; '' when absent. */
export function formField(request: FastifyRequest, name: string): string {
  const value = body(request)[name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
}

/** Every value of a repeated field, such as checked checkboxes. */
export function formList(request: FastifyRequest, name: string): string[] {
  const value = body(request)[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A positive whole number from a form field or a URL segment; null for anything else. */
export function positiveId(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,12}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The `:id` of the route. */
export function idParam(request: FastifyRequest): number | null {
  return positiveId((request.params as Record<string, unknown> | undefined)?.id);
}

export function queryField(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
