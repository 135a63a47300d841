import type { FastifyRequest } from 'fastify';
import { fieldsOf, positiveId, textOf } from '../request-fields.js';

/**
 * Reading urlencoded newsroom forms. @fastify/formbody gives a string for a field sent once and an
 * array for one sent several times (checkbox groups); anything else (JSON, no body) reads as empty.
 */

/** The field's value, or its first value when sent several times; '' when absent. */
export function formField(request: FastifyRequest, name: string): string {
  return textOf(fieldsOf(request.body)[name]);
}

/** Every value of a repeated field, such as checked checkboxes. */
export function formList(request: FastifyRequest, name: string): string[] {
  const value = fieldsOf(request.body)[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The `:id` of the route. */
export function idParam(request: FastifyRequest): number | null {
  return positiveId(fieldsOf(request.params).id);
}

/** The query parameter's value, or its first value when repeated; '' when absent. */
export function queryField(request: FastifyRequest, name: string): string {
  return textOf(fieldsOf(request.query)[name]);
}
