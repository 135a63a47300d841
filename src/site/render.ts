import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Preact escapes every text and attribute value; only dangerouslySetInnerHTML bypasses it. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
