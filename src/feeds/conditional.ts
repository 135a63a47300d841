import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Conditional GET for documents that are a pure function of the data (feeds, sitemaps, API
 * answers): the ETag is a hash of the bytes, so it changes exactly when the document does.
 */

export interface Cacheable {
  body: string;
  contentType: string;
  cacheControl: string;
  /** The newest change the document reflects; sent as Last-Modified when known. */
  lastModified?: Date | null;
}

export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110: a list of tags or `*`; weak tags compare equal to strong ones for GET. */
function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export function isNotModified(request: FastifyRequest, etag: string, lastModified: Date | null | undefined): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent.
  if (typeof ifNoneMatch === 'string') return matchesIfNoneMatch(ifNoneMatch, etag);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (typeof ifModifiedSince !== 'string' || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function sendCacheable(request: FastifyRequest, reply: FastifyReply, doc: Cacheable) {
  const etag = entityTag(doc.body);
  reply.header('ETag', etag).header('Cache-Control', doc.cacheControl);
  if (doc.lastModified) reply.header('Last-Modified', doc.lastModified.toUTCString());
  if (isNotModified(request, etag, doc.lastModified)) return reply.status(304).send();
  return reply.type(doc.contentType).send(doc.body);
}
